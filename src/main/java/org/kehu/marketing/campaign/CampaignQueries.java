package org.kehu.marketing.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads campaigns, their costs, responses and figures. Every read takes the reader's {@link OwnerScope}: a campaign
 * belongs to its owner among the marketing staff, as a customer belongs to its account manager.
 */
@Component
class CampaignQueries {

    private static final String COLUMNS = """
            select c.id, c.name, c.plan_id, c.channel, c.owner_id, u.name as owner_name, c.budget, c.starts_on, c.ends_on,
                   c.segment_id, c.status, c.description, c.sent_at, c.created_at, c.version, c.mail_subject, c.mail_body""";
    private static final String FROM = " from campaign c join app_user u on u.id = c.owner_id";
    private static final String SELECT = COLUMNS + FROM;
    /** The list with each campaign's figures, for the export. */
    private static final String SELECT_WITH_FIGURES = COLUMNS + """
            , r.cost, r.responses, r.responders, r.opportunities, r.won_opportunities, r.revenue""" + FROM
            + " join campaign_result r on r.campaign_id = c.id";

    private final JdbcClient jdbc;

    CampaignQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, keyset paged by id; optionally one channel or status. */
    KeysetPage<CampaignView> page(OwnerScope scope, MarketingChannel channel, CampaignStatus status, String after, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        scope(scope, where, params);
        filters(channel, status, where, params);
        if (Cursor.given(after)) {
            where.append(" and c.id < :after");
            params.put("after", Cursor.parseId(after, "after"));
        }
        params.put("limit", size + 1);
        List<CampaignView> rows = jdbc.sql(SELECT + where + " order by c.id desc limit :limit").params(params)
                .query((rs, n) -> view(rs)).list();
        return KeysetPage.forward(rows, size, c -> Cursor.of(c.id()));
    }

    /** A campaign of the list with its figures, for the export. */
    record ExportRow(CampaignView campaign, CampaignFigures figures) {
    }

    /**
     * Every campaign of the list's filters in the reader's scope, newest first, with its figures, handed to
     * {@code sink} while the database streams them.
     */
    void export(OwnerScope scope, MarketingChannel channel, CampaignStatus status, java.util.function.Consumer<ExportRow> sink) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        scope(scope, where, params);
        filters(channel, status, where, params);
        int days = attributionDays();
        jdbc.sql(SELECT_WITH_FIGURES + where + " order by c.id desc").params(params)
                .query((ResultSet rs) -> sink.accept(new ExportRow(view(rs), new CampaignFigures(null, null, null,
                        null, null, rs.getBigDecimal("cost"), rs.getLong("responses"), rs.getLong("responders"),
                        rs.getLong("opportunities"), rs.getLong("won_opportunities"), rs.getBigDecimal("revenue"), days))));
    }

    private static void filters(MarketingChannel channel, CampaignStatus status, StringBuilder where, Map<String, Object> params) {
        if (channel != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", channel.name());
        }
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status.name());
        }
    }

    Optional<CampaignView> find(long id, OwnerScope scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where c.id = :id");
        params.put("id", id);
        scope(scope, where, params);
        return jdbc.sql(SELECT + where).params(params).query((rs, n) -> view(rs)).optional();
    }

    CampaignFigures figures(long id) {
        return jdbc.sql("""
                select c.sent_count, c.held_no_consent, c.held_opted_out, c.held_by_cap, c.held_no_address,
                       r.cost, r.responses, r.responders, r.opportunities, r.won_opportunities, r.revenue, s.attribution_days
                  from campaign c join campaign_result r on r.campaign_id = c.id cross join campaign_setting s
                 where c.id = :id""")
                .param("id", id)
                .query((rs, n) -> new CampaignFigures(rs.getObject(1, Integer.class), rs.getObject(2, Integer.class),
                        rs.getObject(3, Integer.class), rs.getObject(4, Integer.class), rs.getObject(5, Integer.class),
                        rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getBigDecimal(11), rs.getInt(12)))
                .single();
    }

    /** The figures of the campaigns of a list page, by id (sending counts left out). */
    Map<Long, CampaignFigures> listFigures(List<Long> ids) {
        Map<Long, CampaignFigures> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return figures;
        }
        int days = attributionDays();
        jdbc.sql("""
                select campaign_id, cost, responses, responders, opportunities, won_opportunities, revenue
                  from campaign_result where campaign_id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> figures.put(rs.getLong(1), new CampaignFigures(null, null, null, null, null,
                        rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7), days)))
                .list();
        return figures;
    }

    List<CostEntry> costs(long campaignId) {
        return jdbc.sql("""
                select k.id, k.spent_on, k.item, k.amount, u.name from campaign_cost k join app_user u on u.id = k.recorded_by
                 where k.campaign_id = :id order by k.spent_on, k.id""")
                .param("id", campaignId)
                .query((rs, n) -> new CostEntry(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** The newest responses first, at most {@code limit}. */
    List<ResponseEntry> responses(long campaignId, int limit) {
        return jdbc.sql("""
                select r.id, r.customer_id, cu.name, r.contact_id, co.name, r.responded_at, r.via, r.note
                  from campaign_response r left join customer cu on cu.id = r.customer_id
                  left join contact co on co.id = r.contact_id
                 where r.campaign_id = :id order by r.responded_at desc, r.id desc limit :limit""")
                .param("id", campaignId).param("limit", limit)
                .query((rs, n) -> new ResponseEntry(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    List<Long> opportunityIds(long campaignId) {
        return jdbc.sql("select opportunity_id from campaign_opportunity where campaign_id = :id order by linked_at desc")
                .param("id", campaignId).query(Long.class).list();
    }

    /** The campaign a linked opportunity belongs to, if any. */
    Optional<Long> campaignOfOpportunity(long opportunityId) {
        return jdbc.sql("select campaign_id from campaign_opportunity where opportunity_id = :id")
                .param("id", opportunityId).query(Long.class).optional();
    }

    int attributionDays() {
        return jdbc.sql("select attribution_days from campaign_setting where id = 1").query(Integer.class).optional().orElse(30);
    }

    private static void scope(OwnerScope scope, StringBuilder where, Map<String, Object> params) {
        if (!scope.all()) {
            where.append(" and c.owner_id = any(:scope)");
            params.put("scope", scope.ownerIdArray());
        }
    }

    private static CampaignView view(ResultSet rs) throws SQLException {
        java.sql.Timestamp sent = rs.getTimestamp("sent_at");
        return new CampaignView(rs.getLong("id"), rs.getString("name"), rs.getObject("plan_id", Long.class),
                MarketingChannel.valueOf(rs.getString("channel")), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getBigDecimal("budget"), rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class), rs.getObject("segment_id", Long.class),
                CampaignStatus.valueOf(rs.getString("status")), rs.getString("description"),
                sent == null ? null : sent.toInstant(), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"),
                rs.getString("mail_subject"), rs.getString("mail_body"));
    }
}
