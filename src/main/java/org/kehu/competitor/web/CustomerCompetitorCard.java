package org.kehu.competitor.web;

import java.util.Map;

import org.kehu.competitor.CustomerCompetitors;
import org.kehu.competitor.OpportunityCompetitors;
import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
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
 * The customer page's card of the competitor a "competitor's customer" buys from: shown for every customer (it
 * says why a customer of another group has none), set and changed by those who edit customers or competitors.
 */
@Controller
@PreAuthorize("hasAuthority('competitor.view') and hasAuthority('customer.view')")
class CustomerCompetitorCard {

    private final CustomerCompetitors links;
    private final OpportunityCompetitors competitors;
    private final UserDirectory users;
    private final Messages messages;

    CustomerCompetitorCard(CustomerCompetitors links, OpportunityCompetitors competitors, UserDirectory users,
            Messages messages) {
        this.links = links;
        this.competitors = competitors;
        this.users = users;
        this.messages = messages;
    }

    /** The card's place on the customer page; a bean apart from the controller, whose methods are secured. */
    @Component
    static class Section implements CustomerPageSection {

        @Override
        public String titleKey() {
            return "competitor.customer.card";
        }

        @Override
        public String url(long customerId) {
            return "/competitors/of-customer/" + customerId;
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.COMPETITOR_VIEW);
        }

        @Override
        public int order() {
            return 90;
        }

        @Override
        public String id() {
            return "customer-competitor";
        }
    }

    @GetMapping("/competitors/of-customer/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        model.addAttribute("link", links.linkOf(id));
        CurrentUser user = users.requireCurrentUser();
        boolean canLink = user.can(Permission.CUSTOMER_EDIT) || user.can(Permission.COMPETITOR_EDIT);
        model.addAttribute("canLink", canLink);
        if (canLink) {
            model.addAttribute("choices", competitors.choices());
        }
        return "competitor/cards :: customer";
    }

    @PostMapping("/competitors/of-customer/{id:\\d+}")
    @PreAuthorize("hasAuthority('customer.edit') or hasAuthority('competitor.edit')")
    String link(@PathVariable long id, @RequestParam(required = false) Long competitorId, Model model) {
        try {
            links.link(id, competitorId);
        } catch (RuleViolationException e) {
            model.addAttribute("cardError", messages.text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            Map<String, String> texts = messages.texts(e.fieldErrors());
            model.addAttribute("cardError", String.join(" ", texts.values()));
        }
        return card(id, model);
    }
}
