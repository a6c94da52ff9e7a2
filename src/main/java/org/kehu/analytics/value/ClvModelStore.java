package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fitted models ({@code analytics_clv_model}) and the CLV settings ({@code analytics_clv_settings}). */
@Repository
class ClvModelStore {

    private final JdbcClient jdbc;

    ClvModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The CLV's horizon in days and yearly discount rate. */
    record Settings(int horizonDays, BigDecimal yearlyDiscount) {
    }

    Settings settings() {
        return jdbc.sql("select horizon_days, yearly_discount from analytics_clv_settings where id = 1")
                .query((rs, n) -> new Settings(rs.getInt(1), rs.getBigDecimal(2))).optional()
                .orElse(new Settings(365, new BigDecimal("0.10")));
    }

    void saveSettings(Settings settings) {
        jdbc.sql("""
                insert into analytics_clv_settings(id, horizon_days, yearly_discount) values (1, :h, :d)
                on conflict (id) do update set horizon_days = excluded.horizon_days, yearly_discount = excluded.yearly_discount
                """).param("h", settings.horizonDays()).param("d", settings.yearlyDiscount()).update();
    }

    long insert(LocalDate end, Long startedBy, double customers, double repeatCustomers,
            ModelFitter.Fitted<BgNbd> bg, ModelFitter.Fitted<GammaGamma> gg, Settings settings, Holdout holdout) {
        return jdbc.sql("""
                insert into analytics_clv_model(calibration_end, time_unit, status, started_by, customers,
                    repeat_customers, bg_r, bg_alpha, bg_a, bg_b, bg_r_se, bg_alpha_se, bg_a_se, bg_b_se,
                    bg_log_likelihood, gg_p, gg_q, gg_gamma, gg_p_se, gg_q_se, gg_gamma_se, gg_log_likelihood,
                    gg_customers, horizon_days, yearly_discount, holdout)
                values (:end, :unit, 'SCORING', :by, :customers, :repeat, :r, :alpha, :a, :b, :rse, :alphase, :ase,
                    :bse, :bgll, :p, :q, :gamma, :pse, :qse, :gammase, :ggll, :ggcustomers, :horizon, :discount, :holdout)
                returning id
                """).param("end", end).param("unit", PurchaseSummaries.TIME_UNIT).param("by", startedBy)
                .param("customers", Math.round(customers)).param("repeat", Math.round(repeatCustomers))
                .param("r", bg.model().r()).param("alpha", bg.model().alpha()).param("a", bg.model().a())
                .param("b", bg.model().b()).param("rse", finite(bg.standardErrors()[0]))
                .param("alphase", finite(bg.standardErrors()[1])).param("ase", finite(bg.standardErrors()[2]))
                .param("bse", finite(bg.standardErrors()[3])).param("bgll", bg.logLikelihood())
                .param("p", gg.model().p()).param("q", gg.model().q()).param("gamma", gg.model().gamma())
                .param("pse", finite(gg.standardErrors()[0])).param("qse", finite(gg.standardErrors()[1]))
                .param("gammase", finite(gg.standardErrors()[2])).param("ggll", gg.logLikelihood())
                .param("ggcustomers", Math.round(gg.customers())).param("horizon", settings.horizonDays())
                .param("discount", settings.yearlyDiscount()).param("holdout", holdout.encode())
                .query(Long.class).single();
    }

    void progress(long id, long scored) {
        jdbc.sql("update analytics_clv_model set scored = :scored where id = :id").param("scored", scored)
                .param("id", id).update();
    }

    void done(long id, long scored) {
        jdbc.sql("update analytics_clv_model set status = 'DONE', scored = :scored, finished_at = now() where id = :id")
                .param("scored", scored).param("id", id).update();
    }

    void failed(long id, String message) {
        String text = message == null ? "" : message.length() > 500 ? message.substring(0, 500) : message;
        jdbc.sql("update analytics_clv_model set status = 'FAILED', message = :m, finished_at = now() where id = :id")
                .param("m", text).param("id", id).update();
    }

    Optional<ClvModel> find(long id) {
        return jdbc.sql("select * from analytics_clv_model where id = :id").param("id", id).query(this::map).optional();
    }

    /** The model customers are scored by: the newest that finished scoring. */
    Optional<ClvModel> current() {
        return jdbc.sql("select * from analytics_clv_model where status = 'DONE' order by id desc limit 1")
                .query(this::map).optional();
    }

    /** The newest fit, whatever its state (the page shows its progress). */
    Optional<ClvModel> latest() {
        return jdbc.sql("select * from analytics_clv_model order by id desc limit 1").query(this::map).optional();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private ClvModel map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ClvModel(rs.getLong("id"), rs.getObject("calibration_end", LocalDate.class),
                rs.getString("time_unit"), ClvModel.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("customers"), rs.getLong("repeat_customers"), rs.getLong("scored"),
                new BgNbd(rs.getDouble("bg_r"), rs.getDouble("bg_alpha"), rs.getDouble("bg_a"), rs.getDouble("bg_b")),
                new Double[] {nullable(rs, "bg_r_se"), nullable(rs, "bg_alpha_se"), nullable(rs, "bg_a_se"),
                        nullable(rs, "bg_b_se")},
                rs.getDouble("bg_log_likelihood"),
                new GammaGamma(rs.getDouble("gg_p"), rs.getDouble("gg_q"), rs.getDouble("gg_gamma")),
                new Double[] {nullable(rs, "gg_p_se"), nullable(rs, "gg_q_se"), nullable(rs, "gg_gamma_se")},
                rs.getDouble("gg_log_likelihood"), rs.getLong("gg_customers"), rs.getInt("horizon_days"),
                rs.getBigDecimal("yearly_discount"), Holdout.decode(rs.getString("holdout")), rs.getString("message"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
