package org.kehu.competitor.web;

import java.util.Map;

import org.kehu.competitor.OpportunityCompetitors;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.OpportunityPageSection;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The opportunity page's card of the competitors it faces and the one it was lost to; while the opportunity is
 * open its editors add and remove competitors here. A refused change comes back in the card with its reason.
 */
@Controller
@PreAuthorize("hasAuthority('competitor.view') and hasAuthority('opportunity.view')")
class OpportunityCompetitorsCard {

    private final OpportunityCompetitors faced;
    private final UserDirectory users;
    private final Messages messages;

    OpportunityCompetitorsCard(OpportunityCompetitors faced, UserDirectory users, Messages messages) {
        this.faced = faced;
        this.users = users;
        this.messages = messages;
    }

    /** The card's place on the opportunity page; a bean apart from the controller, whose methods are secured. */
    @Component
    static class Section implements OpportunityPageSection {

        @Override
        public String titleKey() {
            return "competitor.opportunity.card";
        }

        @Override
        public String url(long opportunityId) {
            return "/competitors/of-opportunity/" + opportunityId;
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.COMPETITOR_VIEW);
        }

        @Override
        public String id() {
            return "opportunity-competitors";
        }
    }

    @GetMapping("/competitors/of-opportunity/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        boolean open = faced.open(id);
        model.addAttribute("opportunityId", id);
        model.addAttribute("faced", faced.faced(id));
        model.addAttribute("canChange", open && users.requireCurrentUser().can(Permission.OPPORTUNITY_EDIT));
        model.addAttribute("choices", faced.choices());
        return "competitor/cards :: opportunity";
    }

    @PostMapping("/competitors/of-opportunity/{id:\\d+}")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String add(@PathVariable long id, @RequestParam(required = false) Long competitorId, Model model) {
        return act(id, model, () -> faced.face(id, competitorId));
    }

    @PostMapping("/competitors/of-opportunity/{id:\\d+}/{competitorId:\\d+}/remove")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String remove(@PathVariable long id, @PathVariable long competitorId, Model model) {
        return act(id, model, () -> faced.remove(id, competitorId));
    }

    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            model.addAttribute("cardError", messages.text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            Map<String, String> texts = messages.texts(e.fieldErrors());
            model.addAttribute("cardError", String.join(" ", texts.values()));
        }
        return card(id, model);
    }
}
