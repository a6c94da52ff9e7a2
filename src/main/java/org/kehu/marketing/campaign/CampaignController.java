package org.kehu.marketing.campaign;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.MarketingTouches;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign pages: the list with its figures, the form (new and edit, with the version read), and a campaign's page
 * with its status moves, report, costs, responses and opportunities.
 */
@Controller
@PreAuthorize("hasAuthority('marketing.campaign.view')")
class CampaignController {

    private static final String BASE = "/marketing/campaigns";

    private final Campaigns campaigns;
    private final CampaignQueries queries;
    private final CustomerManagement customers;
    private final Messages messages;
    private final MarketingTouches touches;
    private final UserDirectory users;
    private final CampaignMail mail;

    CampaignController(Campaigns campaigns, CampaignQueries queries, CustomerManagement customers, Messages messages,
            MarketingTouches touches, UserDirectory users, CampaignMail mail) {
        this.mail = mail;
        this.touches = touches;
        this.users = users;
        this.campaigns = campaigns;
        this.queries = queries;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) MarketingChannel channel, @RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) String after, HtmxRequest htmx, Model model) {
        var page = campaigns.page(channel, status, after, Campaigns.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("figures", queries.listFigures(page.items().stream().map(CampaignView::id).toList()));
        model.addAttribute("channel", channel);
        model.addAttribute("status", status);
        model.addAttribute("after", after == null || after.isBlank() ? null : after);
        model.addAttribute("query", (channel == null ? "" : "channel=" + channel) + (status == null ? "" : "&status=" + status));
        if (htmx.isHtmxRequest() && "campaign-rows".equals(htmx.getTarget())) {
            return "marketing/campaigns :: rows";
        }
        model.addAttribute("channels", MarketingChannel.values());
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("attribution", campaigns.attribution());
        return "marketing/campaigns";
    }

    @PostMapping(BASE + "/settings")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String settings(@RequestParam(required = false) Integer attributionDays, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            campaigns.changeAttribution(attributionDays, version);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("settingsError", messages.text(e.fieldErrors().values().iterator().next()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("settingsError", messages.text("error.concurrent-edit"));
        }
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String newForm(Model model) {
        CampaignInput form = new CampaignInput();
        form.setChannel(MarketingChannel.EMAIL);
        form.setStartsOn(campaigns.today());
        form.setEndsOn(campaigns.today().plusDays(30));
        model.addAttribute("form", form);
        return form(null, model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String create(@ModelAttribute("form") CampaignInput form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            CampaignView created = campaigns.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:" + BASE + "/" + created.id();
        }, () -> form(null, model));
    }

    @GetMapping(BASE + "/{id}/edit")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", CampaignInput.of(campaigns.get(id)));
        return form(id, model);
    }

    @PostMapping(BASE + "/{id}/edit")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") CampaignInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        campaigns.get(id);
        return FormSubmission.save(binding, model, () -> {
            campaigns.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:" + BASE + "/" + id;
        }, () -> form(id, model));
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(id, model);
    }

    @PostMapping(BASE + "/{id}/status")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String move(@PathVariable long id, @RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            campaigns.move(id, status, version);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("statusError", messages.text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("statusError", messages.text(e.fieldErrors().values().iterator().next()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("statusError", messages.text("error.concurrent-edit"));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/send")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String send(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            CampaignFigures f = campaigns.send(id, version);
            redirect.addFlashAttribute("flash", messages.text("campaign.sent", f.sent(),
                    f.heldNoConsent() + f.heldOptedOut() + f.heldByCap() + f.heldNoAddress()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("statusError", messages.text(e.messageKey(), e.args()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("statusError", messages.text("error.concurrent-edit"));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** The mailing's progress, polled by the page while its mails are being queued. */
    @GetMapping(BASE + "/{id}/mailing")
    String mailing(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("mailing", mail.progress(id).orElse(null));
        return "marketing/campaign :: mailing";
    }

    @PostMapping(BASE + "/{id}/mail/preview")
    String previewMail(@PathVariable long id, @RequestParam(required = false) Long contactId, Model model) {
        try {
            model.addAttribute("mail", mail.preview(id, contactId));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
        }
        return "marketing/campaign :: mail-result";
    }

    @PostMapping(BASE + "/{id}/mail/test")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String testMail(@PathVariable long id, @RequestParam(required = false) Long contactId, Model model) {
        try {
            model.addAttribute("mail", mail.sendTest(id, contactId));
            model.addAttribute("sent", true);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
        }
        return "marketing/campaign :: mail-result";
    }

    @PostMapping(BASE + "/{id}/costs")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String addCost(@PathVariable long id, @ModelAttribute("costForm") CampaignForms.CostForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return recorded(id, binding, model, redirect,
                () -> campaigns.addCost(id, form.getSpentOn(), form.getItem(), form.getAmount()));
    }

    @PostMapping(BASE + "/{id}/costs/{costId}/delete")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String removeCost(@PathVariable long id, @PathVariable long costId, RedirectAttributes redirect) {
        messages.flashOutcome(redirect, () -> campaigns.removeCost(id, costId), "common.deleted", "statusError");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/responses")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String addResponse(@PathVariable long id, @ModelAttribute("responseForm") CampaignForms.ResponseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return recorded(id, binding, model, redirect, () -> campaigns.recordResponse(id, form.getCustomerId(),
                form.getContactId(), form.getRespondedOn(), form.getNote()));
    }

    @PostMapping(BASE + "/{id}/opportunities")
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    String linkOpportunity(@PathVariable long id, @ModelAttribute("opportunityForm") CampaignForms.OpportunityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return recorded(id, binding, model, redirect, () -> campaigns.linkOpportunity(id, form.getOpportunityId()));
    }

    /** Records one of the page's small forms; its problems go beside its fields, a refused step above the page. */
    private String recorded(long id, BindingResult binding, Model model, RedirectAttributes redirect, Runnable action) {
        campaigns.get(id);
        try {
            return FormSubmission.save(binding, model, () -> {
                action.run();
                redirect.addFlashAttribute("flash", messages.text("common.saved"));
                return "redirect:" + BASE + "/" + id;
            }, () -> showPage(id, model));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("statusError", messages.text(e.messageKey(), e.args()));
            return "redirect:" + BASE + "/" + id;
        }
    }

    private String showPage(long id, Model model) {
        CampaignView campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("figures", campaigns.figures(id));
        model.addAttribute("costs", campaigns.costs(id));
        model.addAttribute("responses", campaigns.responses(id, 200));
        model.addAttribute("opportunities", campaigns.opportunities(id));
        model.addAttribute("heldBack", campaign.sentAt() != null && users.currentUser().map(u -> u.can(Permission.MARKETING_REACH)).orElse(false)
                ? touches.heldBack(TouchSource.campaign(id), null, null, 100).items() : List.of());
        if (!model.containsAttribute("costForm")) {
            CampaignForms.CostForm cost = new CampaignForms.CostForm();
            cost.setSpentOn(campaigns.today());
            model.addAttribute("costForm", cost);
        }
        if (!model.containsAttribute("responseForm")) {
            CampaignForms.ResponseForm response = new CampaignForms.ResponseForm();
            response.setRespondedOn(campaigns.today());
            model.addAttribute("responseForm", response);
        }
        if (!model.containsAttribute("opportunityForm")) {
            model.addAttribute("opportunityForm", new CampaignForms.OpportunityForm());
        }
        Object responseForm = model.getAttribute("responseForm");
        Long chosen = responseForm instanceof CampaignForms.ResponseForm r ? r.getCustomerId() : null;
        model.addAttribute("chosenCustomerName", chosen == null ? null
                : java.util.Optional.ofNullable(customers.summaries(List.of(chosen)).get(chosen))
                        .map(CustomerSummary::name).orElse(null));
        model.addAttribute("contacts", chosen == null ? List.of() : customers.contacts(chosen));
        model.addAttribute("mailing", mail.progress(id).orElse(null));
        model.addAttribute("previewContacts", campaign.mailTemplate() == null ? List.of() : mail.previewContacts(campaign));
        model.addAttribute("claimable", campaign.status().recording() ? campaigns.unclaimedOpportunities() : List.of());
        return "marketing/campaign";
    }

    private String form(Long id, Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("channels", MarketingChannel.values());
        model.addAttribute("owners", campaigns.owners());
        model.addAttribute("segments", campaigns.segmentChoices());
        return "marketing/campaign-form";
    }
}
