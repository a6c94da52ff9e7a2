package org.kehu.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.UserDirectory;
import org.kehu.rating.ahp.Ahp;
import org.kehu.rating.ahp.AhpResult;
import org.kehu.rating.ahp.Disagreement;
import org.kehu.rating.ahp.PairwiseMatrix;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.Formats;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rating models: their factors and pairwise matrices, versioned. Weights, λmax, CI, RI and CR are always
 * computed from the matrix (never typed in); a matrix with CR ≥ 0.1 is refused with the comparisons to revise.
 * Reading needs {@code rating.view} or {@code model.edit}, changing {@code model.edit}.
 */
@Service
@Transactional
public class RatingModels {

    /** How many of the worst comparisons a refusal names. */
    static final int REVISE_COUNT = 3;

    private static final String DETAILS = """
            select m.id, m.kind, m.name_zh, m.name_en, m.in_use, m.version, v.id as version_id, v.number, v.factors,
                   v.matrix, v.weights, v.lambda_max, v.ci, v.ri, v.cr, v.created_at, u.name as created_by_name
              from rating_model m join rating_model_version v on v.id = m.current_version_id
              left join app_user u on u.id = v.created_by
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Messages messages;
    private final JsonMapper json = JsonMapper.builder().build();

    RatingModels(JdbcClient jdbc, UserDirectory users, Messages messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
    }

    @PreAuthorize("hasAuthority('rating.view') or hasAuthority('model.edit')")
    @Transactional(readOnly = true)
    public List<ModelSummary> list() {
        return jdbc.sql("""
                select m.id, m.kind, m.name_zh, m.name_en, m.in_use, v.number, jsonb_array_length(v.factors) as factor_count,
                       v.cr, greatest(m.updated_at, v.created_at) as changed_at
                  from rating_model m join rating_model_version v on v.id = m.current_version_id
                 order by m.in_use desc, m.kind desc, m.id desc""")
                .query((rs, n) -> new ModelSummary(rs.getLong("id"), RatingKind.valueOf(rs.getString("kind")),
                        rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("in_use"), rs.getInt("number"),
                        rs.getInt("factor_count"), rs.getDouble("cr"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @PreAuthorize("hasAuthority('rating.view') or hasAuthority('model.edit')")
    @Transactional(readOnly = true)
    public ModelDetails get(long id) {
        return jdbc.sql(DETAILS + " where m.id = :id").param("id", id).query(this::details).optional()
                .orElseThrow(() -> new RecordNotFoundException("RatingModel", id));
    }

    @PreAuthorize("hasAuthority('rating.view') or hasAuthority('model.edit')")
    @Transactional(readOnly = true)
    public List<ModelVersionSummary> versions(long id) {
        get(id);
        return jdbc.sql("""
                select v.id, v.number, v.lambda_max, v.cr, v.created_at, u.name from rating_model_version v
                  left join app_user u on u.id = v.created_by where v.model_id = :id order by v.number desc""")
                .param("id", id)
                .query((rs, n) -> new ModelVersionSummary(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /** The model that rates customers of this kind now. */
    @Transactional(readOnly = true)
    public ModelDetails inUse(RatingKind kind) {
        return jdbc.sql(DETAILS + " where m.kind = :kind and m.in_use").param("kind", kind.name()).query(this::details)
                .optional().orElseThrow(() -> new RecordNotFoundException("RatingModel", kind.name()));
    }

    /** A model as it was at one of its versions (what an old rating used). */
    @Transactional(readOnly = true)
    public Optional<ModelDetails> atVersion(long versionId) {
        return jdbc.sql(DETAILS.replace("v.id = m.current_version_id", "v.model_id = m.id") + " where v.id = :v")
                .param("v", versionId).query(this::details).optional();
    }

    /**
     * What a matrix gives, or why it cannot be used: an {@link InvalidInputException} for a malformed matrix (its
     * cells named {@code matrix[i][j]}), an {@link InconsistentMatrixException} when CR ≥ 0.1.
     */
    public AhpResult analyse(List<List<Double>> matrix, List<String> factorCodes) {
        return check(PairwiseMatrix.of(matrix, "matrix"), factorCodes);
    }

    /** As {@link #analyse}, for a matrix already validated (the editor's, built from its upper triangle). */
    public AhpResult check(PairwiseMatrix matrix, List<String> factorCodes) {
        AhpResult result = Ahp.analyse(matrix);
        if (!result.consistent()) {
            Map<String, String> errors = ModelChecks.errors();
            errors.put("matrix", messages.text("rating.matrix.error.inconsistent", Formats.decimal(result.cr(), 3),
                    Formats.decimal(AhpResult.MAX_CR, 2)));
            for (Disagreement d : result.worst(REVISE_COUNT)) {
                errors.put("matrix[" + d.row() + "][" + d.column() + "]", messages.text("rating.matrix.error.revise",
                        factorCodes.get(d.row()), factorCodes.get(d.column()), Formats.decimal(d.given(), 2),
                        Formats.decimal(d.implied(), 2)));
            }
            throw new InconsistentMatrixException(errors, result, factorCodes);
        }
        return result;
    }

    /** Adds a model; it rates customers of its kind from now on (the one before stays, out of use, for history). */
    @PreAuthorize("hasAuthority('model.edit')")
    public ModelDetails create(ModelInput input) {
        PairwiseMatrix matrix = PairwiseMatrix.of(checkNew(input).matrix(), "matrix");
        AhpResult result = check(matrix, codes(input.factors()));
        jdbc.sql("update rating_model set in_use = false, updated_at = now(), version = version + 1 where kind = :k and in_use")
                .param("k", input.kind().name()).update();
        long id = jdbc.sql("insert into rating_model(kind, name_zh, name_en) values (:k, :zh, :en) returning id")
                .param("k", input.kind().name()).param("zh", input.nameZh().strip()).param("en", input.nameEn().strip())
                .query(Long.class).single();
        addVersion(id, 1, input.factors(), matrix, result);
        return get(id);
    }

    /**
     * What {@link #create} would make of a new model, without saving it: the same checks (kind, names, factors,
     * matrix, CR), the same exceptions, and the weights, λmax, CI, RI and CR it gives.
     */
    @PreAuthorize("hasAuthority('model.edit')")
    @Transactional(readOnly = true)
    public AhpResult preview(ModelInput input) {
        ModelInput checked = checkNew(input);
        return check(PairwiseMatrix.of(checked.matrix(), "matrix"), codes(checked.factors()));
    }

    private static ModelInput checkNew(ModelInput input) {
        Map<String, String> errors = ModelChecks.errors();
        if (input.kind() == null) {
            errors.put("kind", "rating.error.required");
        }
        ModelChecks.names(input.nameZh(), input.nameEn(), errors);
        ModelChecks.factors(input.factors(), errors);
        ModelChecks.throwIfAny(errors);
        sameOrder(input.factors(), PairwiseMatrix.of(input.matrix(), "matrix"));
        return input;
    }

    /** Changes a model; a new matrix or new factors make a new version, which ratings from now on use. */
    @PreAuthorize("hasAuthority('model.edit')")
    public ModelDetails update(long id, ModelInput input) {
        ModelDetails current = get(id);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "rating.error.required");
        }
        if (input.kind() != null && input.kind() != current.kind()) {
            throw InvalidInputException.of("kind", "rating.error.kind-fixed");
        }
        Map<String, String> errors = ModelChecks.errors();
        if (input.nameZh() != null || input.nameEn() != null) {
            ModelChecks.names(input.nameZh() == null ? current.nameZh() : input.nameZh(),
                    input.nameEn() == null ? current.nameEn() : input.nameEn(), errors);
        }
        if (input.factors() != null) {
            ModelChecks.factors(input.factors(), errors);
        }
        ModelChecks.throwIfAny(errors);
        List<Factor> factors = input.factors() == null ? current.factors() : input.factors();
        PairwiseMatrix matrix = PairwiseMatrix.of(input.matrix() == null ? current.matrix() : input.matrix(), "matrix");
        sameOrder(factors, matrix);
        boolean newVersion = input.factors() != null || input.matrix() != null;
        AhpResult result = newVersion ? check(matrix, codes(factors)) : null;
        int updated = jdbc.sql("""
                update rating_model set name_zh = :zh, name_en = :en, updated_at = now(), version = version + 1
                 where id = :id and version = :v""")
                .param("zh", input.nameZh() == null ? current.nameZh() : input.nameZh().strip())
                .param("en", input.nameEn() == null ? current.nameEn() : input.nameEn().strip())
                .param("id", id).param("v", input.version()).update();
        if (updated == 0) {
            throw new ConcurrentEditException("RatingModel", id);
        }
        if (newVersion) {
            addVersion(id, current.versionNumber() + 1, factors, matrix, result);
        }
        return get(id);
    }

    /** The seed's two models, when there are no models at all: every installation starts with them. */
    void installDefaults() {
        jdbc.sql("select pg_advisory_xact_lock(2100210)").query((rs, n) -> 1).list();
        if (jdbc.sql("select count(*) from rating_model").query(Long.class).single() > 0) {
            return;
        }
        install(RatingKind.LOYALTY, "客户忠诚度（附录2、4）", "Customer loyalty (appendices 2 and 4)",
                DefaultModels.LOYALTY_FACTORS, DefaultModels.LOYALTY_MATRIX);
        install(RatingKind.CREDIT, "客户信誉度（附录3、5）", "Customer credit (appendices 3 and 5)",
                DefaultModels.CREDIT_FACTORS, DefaultModels.CREDIT_MATRIX);
    }

    private void install(RatingKind kind, String zh, String en, List<Factor> factors, double[][] a) {
        PairwiseMatrix matrix = PairwiseMatrix.of(a, "matrix");
        long id = jdbc.sql("insert into rating_model(kind, name_zh, name_en) values (:k, :zh, :en) returning id")
                .param("k", kind.name()).param("zh", zh).param("en", en).query(Long.class).single();
        addVersion(id, 1, factors, matrix, Ahp.analyse(matrix));
    }

    private void addVersion(long modelId, int number, List<Factor> factors, PairwiseMatrix matrix, AhpResult result) {
        Long by = users.currentUser().map(u -> u.id()).orElse(null);
        List<Factor> clean = factors.stream().map(f -> new Factor(f.code(), f.nameZh().strip(), f.nameEn().strip(),
                f.grades().stream().map(g -> new Factor.GradeText(g.grade(), g.zh().strip(), g.en().strip())).toList(),
                f.evidence())).toList();
        List<Double> weights = new ArrayList<>();
        for (double w : result.weights()) {
            weights.add(w);
        }
        long versionId = jdbc.sql("""
                insert into rating_model_version(model_id, number, factors, matrix, weights, lambda_max, ci, ri, cr, created_by)
                values (:m, :n, cast(:f as jsonb), cast(:a as jsonb), cast(:w as jsonb), :l, :ci, :ri, :cr, :by) returning id""")
                .param("m", modelId).param("n", number).param("f", json.writeValueAsString(clean))
                .param("a", json.writeValueAsString(matrix.toLists())).param("w", json.writeValueAsString(weights))
                .param("l", result.lambdaMax()).param("ci", result.ci()).param("ri", result.ri()).param("cr", result.cr())
                .param("by", by).query(Long.class).single();
        jdbc.sql("update rating_model set current_version_id = :v where id = :m").param("v", versionId).param("m", modelId).update();
    }

    private static void sameOrder(List<Factor> factors, PairwiseMatrix matrix) {
        if (factors.size() != matrix.order()) {
            throw InvalidInputException.of("matrix", "rating.matrix.error.factor-count");
        }
    }

    private static List<String> codes(List<Factor> factors) {
        return factors.stream().map(Factor::code).toList();
    }

    private ModelDetails details(ResultSet rs, int n) throws SQLException {
        return new ModelDetails(rs.getLong("id"), RatingKind.valueOf(rs.getString("kind")), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getBoolean("in_use"), rs.getLong("version"), rs.getLong("version_id"),
                rs.getInt("number"), json.readValue(rs.getString("factors"), new TypeReference<List<Factor>>() { }),
                json.readValue(rs.getString("matrix"), new TypeReference<List<List<Double>>>() { }),
                json.readValue(rs.getString("weights"), new TypeReference<List<Double>>() { }),
                rs.getDouble("lambda_max"), rs.getDouble("ci"), rs.getDouble("ri"), rs.getDouble("cr"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"));
    }
}
