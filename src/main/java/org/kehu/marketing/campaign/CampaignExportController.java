package org.kehu.marketing.campaign;

import java.io.IOException;

import org.kehu.marketing.MarketingChannel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The campaign list's CSV and Excel export, with the list's filters and within the reader's data scope. */
@Controller
@PreAuthorize("hasAuthority('marketing.campaign.view')")
class CampaignExportController {

    private final CampaignExport export;

    CampaignExportController(CampaignExport export) {
        this.export = export;
    }

    @GetMapping("/marketing/campaigns/export")
    void export(@RequestParam(required = false) MarketingChannel channel, @RequestParam(required = false) CampaignStatus status,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        export.download(channel, status, format, response);
    }
}
