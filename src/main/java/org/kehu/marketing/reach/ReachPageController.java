package org.kehu.marketing.reach;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The marketing gate's page: the monthly cap, and what a source held back with the reason per contact. The list
 * is also a fragment ({@code /marketing/touches/{kind}/{id}/held-back}) that a campaign's page loads.
 */
@Controller
@PreAuthorize("hasAuthority('marketing.reach')")
class ReachPageController {

    private final ReachSettings settings;
    private final MarketingTouches touches;
    private final Messages messages;

    ReachPageController(ReachSettings settings, MarketingTouches touches, Messages messages) {
        this.settings = settings;
        this.touches = touches;
        this.messages = messages;
    }

    @GetMapping("/marketing/reach")
    String page(@RequestParam(required = false) String kind, @RequestParam(required = false) Long id, Model model) {
        model.addAttribute("settings", settings.settings());
        model.addAttribute("kind", kind == null ? "CAMPAIGN" : kind);
        model.addAttribute("sourceId", id);
        return "marketing/reach";
    }

    @PostMapping("/marketing/reach/settings")
    @PreAuthorize("hasAuthority('marketing.reach') or hasAuthority('setting.edit')")
    String saveSettings(@RequestParam(required = false) String monthlyCap, @RequestParam(required = false) Long version,
            Model model) {
        try {
            settings.save(parse(monthlyCap), version);
            model.addAttribute("saved", true);
        } catch (InvalidInputException e) {
            model.addAttribute("capError", messages.text(e.fieldErrors().values().iterator().next()));
            model.addAttribute("capValue", monthlyCap);
        } catch (org.kehu.shared.ConcurrentEditException e) {
            model.addAttribute("capError", messages.text("reach.error.stale"));
        }
        model.addAttribute("settings", settings.settings());
        return "marketing/reach :: settings";
    }

    @GetMapping("/marketing/touches/{kind}/{id:\\d+}/held-back")
    String heldBack(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) TouchDecision reason,
            @RequestParam(required = false) String after, Model model) {
        var source = ReachApi.source(kind, id);
        model.addAttribute("source", source);
        model.addAttribute("totals", touches.totals(source));
        model.addAttribute("reason", reason);
        model.addAttribute("page", touches.heldBack(source, reason, after, 50));
        return "marketing/held-back :: list";
    }

    private static Integer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("monthlyCap", "reach.error.cap-range");
        }
    }
}
