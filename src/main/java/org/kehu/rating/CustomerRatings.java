package org.kehu.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.rating.RatingDetails.GivenGrade;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers' credit and loyalty ratings: the account manager grades each factor 0–3, the score M = Σ wᵢ × gradeᵢ
 * (0–3, the weights of the model in use summing to 1) maps to a {@link RatingLevel}, and every rating is kept.
 * The latest level of each kind is written to the customer ({@code credit_rating}, {@code loyalty_rating}). A
 * customer outside the user's data scope is "not found", for reading and rating alike.
 */
@Service
@Transactional
public class CustomerRatings {

    static final int NOTE_MAX = 500;

    private static final String SELECT = """
            select r.id, r.customer_id, r.kind, m.id as model_id, r.model_version_id, v.number, r.grades, r.score, r.level,
                   r.note, r.rated_by, u.name as rated_by_name, r.rated_at
              from customer_rating r join rating_model_version v on v.id = r.model_version_id
              join rating_model m on m.id = v.model_id left join app_user u on u.id = r.rated_by
            """;

    private final JdbcClient jdbc;
    private final RatingModels models;
    private final CustomerManagement customers;
    private final GradeProposals proposals;
    private final UserDirectory users;
    private final JsonMapper json = JsonMapper.builder().build();

    CustomerRatings(JdbcClient jdbc, RatingModels models, CustomerManagement customers, GradeProposals proposals,
            UserDirectory users) {
        this.jdbc = jdbc;
        this.models = models;
        this.customers = customers;
        this.proposals = proposals;
        this.users = users;
    }

    /** Rates a customer with the model of the input's kind now in use. */
    @PreAuthorize("hasAuthority('rating.edit')")
    public RatingDetails rate(long customerId, RatingInput input) {
        CustomerDetails customer = customers.get(customerId);
        if (input == null || input.kind() == null) {
            throw InvalidInputException.of("kind", "rating.error.required");
        }
        ModelDetails model = models.inUse(input.kind());
        Map<String, String> errors = ModelChecks.errors();
        Map<String, Integer> grades = input.grades() == null ? Map.of() : input.grades();
        for (Factor f : model.factors()) {
            Integer g = grades.get(f.code());
            if (g == null) {
                errors.put("grades." + f.code(), "rating.error.grade-required");
            } else if (g < 0 || g > 3) {
                errors.put("grades." + f.code(), "rating.error.grade-range");
            }
        }
        var known = new HashSet<>(model.factors().stream().map(Factor::code).toList());
        grades.keySet().stream().filter(k -> !known.contains(k)).findFirst()
                .ifPresent(k -> errors.put("grades", "rating.error.unknown-factor"));
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            errors.put("note", "rating.error.too-long");
        }
        ModelChecks.throwIfAny(errors);
        return record(customer, model, grades, note, proposals.propose(customer, model), users.currentUser().map(u -> u.id()).orElse(null));
    }

    /** Writes a rating; the caller has checked the customer's scope and the grades. */
    RatingDetails record(CustomerDetails customer, ModelDetails model, Map<String, Integer> grades, String note,
            Map<String, GradeProposal> proposed, Long by) {
        List<GivenGrade> given = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < model.order(); i++) {
            Factor f = model.factors().get(i);
            int g = grades.get(f.code());
            double w = model.weights().get(i);
            sum += w * g;
            GradeProposal p = proposed.get(f.code());
            given.add(new GivenGrade(f.code(), g, w, p == null ? null : p.grade()));
        }
        BigDecimal score = score(sum);
        RatingLevel level = model.kind().levelOf(score);
        long id = jdbc.sql("""
                insert into customer_rating(customer_id, kind, model_version_id, grades, score, level, note, rated_by)
                values (:c, :k, :v, cast(:g as jsonb), :s, :l, :note, :by) returning id""")
                .param("c", customer.id()).param("k", model.kind().name()).param("v", model.versionId())
                .param("g", json.writeValueAsString(given)).param("s", score).param("l", level.name()).param("note", note)
                .param("by", by).query(Long.class).single();
        jdbc.sql("""
                insert into rating_current(customer_id, kind, rating_id, level, owner_id) values (:c, :k, :r, :l, :o)
                on conflict (customer_id, kind) do update set rating_id = excluded.rating_id, level = excluded.level,
                    owner_id = excluded.owner_id""")
                .param("c", customer.id()).param("k", model.kind().name()).param("r", id).param("l", level.name())
                .param("o", customer.ownerId()).update();
        customers.recordRatingLevels(customer.id(), model.kind() == RatingKind.CREDIT ? level.name() : null,
                model.kind() == RatingKind.LOYALTY ? level.name() : null);
        return get(id);
    }

    /** M on the 0–3 scale, to four decimals: rounding first keeps 3 × (weights summing to 0.9999999…) at 3. */
    static BigDecimal score(double sum) {
        return BigDecimal.valueOf(sum).setScale(4, RoundingMode.HALF_UP).min(BigDecimal.valueOf(3)).max(BigDecimal.ZERO);
    }

    /** Every rating of the customer, newest first. */
    @PreAuthorize("hasAuthority('rating.view')")
    @Transactional(readOnly = true)
    public List<RatingDetails> history(long customerId) {
        customers.get(customerId);
        return jdbc.sql(SELECT + " where r.customer_id = :c order by r.rated_at desc, r.id desc").param("c", customerId)
                .query(this::row).list();
    }

    /** The latest rating of a kind, if the customer was ever rated so. */
    @PreAuthorize("hasAuthority('rating.view')")
    @Transactional(readOnly = true)
    public Optional<RatingDetails> latest(long customerId, RatingKind kind) {
        customers.get(customerId);
        return jdbc.sql(SELECT + " where r.customer_id = :c and r.kind = :k order by r.rated_at desc, r.id desc limit 1")
                .param("c", customerId).param("k", kind.name()).query(this::row).optional();
    }

    /** The grades the data proposes for rating this customer with the model of this kind in use. */
    @PreAuthorize("hasAuthority('rating.edit')")
    @Transactional(readOnly = true)
    public Map<String, GradeProposal> proposals(long customerId, RatingKind kind) {
        return proposals.propose(customers.get(customerId), models.inUse(kind));
    }

    /** Customers per level of each kind, within the reader's scope; levels nobody is at count 0. */
    @PreAuthorize("hasAuthority('rating.view')")
    @Transactional(readOnly = true)
    public RatingDistribution distribution() {
        OwnerScope scope = users.ownerScope();
        Map<String, Long> counts = new java.util.HashMap<>();
        var spec = jdbc.sql("select kind, level, count(*) from rating_current"
                + (scope.all() ? "" : " where owner_id = any(:ids)") + " group by kind, level");
        if (!scope.all()) {
            spec = spec.param("ids", scope.ownerIdArray());
        }
        spec.query((ResultSet rs) -> {
            counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        List<RatingDistribution.LevelCount> levels = new ArrayList<>();
        for (RatingKind kind : RatingKind.values()) {
            for (RatingLevel level : kind.levels()) {
                levels.add(new RatingDistribution.LevelCount(kind, level, counts.getOrDefault(kind + "/" + level, 0L)));
            }
        }
        return new RatingDistribution(levels);
    }

    private RatingDetails get(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new RecordNotFoundException("CustomerRating", id));
    }

    private RatingDetails row(ResultSet rs, int n) throws SQLException {
        return new RatingDetails(rs.getLong("id"), rs.getLong("customer_id"), RatingKind.valueOf(rs.getString("kind")),
                rs.getLong("model_id"), rs.getLong("model_version_id"), rs.getInt("number"),
                json.readValue(rs.getString("grades"), new TypeReference<List<GivenGrade>>() { }), rs.getBigDecimal("score"),
                RatingLevel.valueOf(rs.getString("level")), rs.getString("note"), (Long) rs.getObject("rated_by"),
                rs.getString("rated_by_name"), rs.getTimestamp("rated_at").toInstant());
    }
}
