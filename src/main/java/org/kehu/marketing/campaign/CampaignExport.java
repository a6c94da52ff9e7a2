package org.kehu.marketing.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The campaign list as CSV or Excel, for the page and the API alike: the list's filters (channel, status) and the
 * reader's data scope, each campaign with its cost, responses, opportunities, revenue and ROI, streamed row by row.
 */
@Component
class CampaignExport {

    private static final List<String> COLUMNS = List.of("campaign.field.name", "campaign.field.channel",
            "campaign.field.owner", "campaign.field.startsOn", "campaign.field.endsOn", "campaign.field.status",
            "campaign.field.budget", "campaign.report.cost", "campaign.report.responses", "campaign.report.responders",
            "campaign.report.opportunities", "campaign.export.won", "campaign.report.revenue", "campaign.export.roi");

    private final CampaignQueries queries;
    private final UserDirectory users;
    private final Messages messages;

    CampaignExport(CampaignQueries queries, UserDirectory users, Messages messages) {
        this.queries = queries;
        this.users = users;
        this.messages = messages;
    }

    /** {@code format} csv or xlsx (anything else 400 naming {@code format}, before the download starts). */
    void download(MarketingChannel channel, CampaignStatus status, String format, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = ExportDownload.format(format, "campaign.error.export-format");
        OutputStream out = ExportDownload.start(response, f, "campaigns-" + LocalDate.now(BusinessTime.ZONE));
        TableExport.write(f, out, messages.text("campaign.list.title"), COLUMNS.stream().map(messages::text).toList(),
                sink -> queries.export(users.ownerScope(), channel, status, row -> sink.row(values(row))));
        response.flushBuffer();
    }

    private List<Object> values(CampaignQueries.ExportRow row) {
        CampaignView c = row.campaign();
        CampaignFigures f = row.figures();
        BigDecimal roi = f.roiPercent();
        return Arrays.asList(c.name(), messages.text("campaign.channel." + c.channel()), c.ownerName(),
                Formats.date(c.startsOn()), Formats.date(c.endsOn()), messages.text("campaign.status." + c.status()),
                c.budget(), f.cost(), f.responses(), f.responders(), f.opportunities(), f.wonOpportunities(), f.revenue(),
                roi);
    }
}
