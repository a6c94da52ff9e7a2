package org.kehu.support.survey.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.CsvDownload;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.kehu.support.survey.QuestionKind;
import org.kehu.support.survey.SendResult;
import org.kehu.support.survey.SurveyDetails;
import org.kehu.support.survey.SurveyResultQueries;
import org.kehu.support.survey.SurveySending;
import org.kehu.support.survey.Surveys;
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

/** Survey pages: the list, the form with its questions, the results with charts, sending and the CSV export. */
@Controller
@PreAuthorize("hasAuthority('survey.view')")
class SurveyController {

    private final Surveys surveys;
    private final SurveySending sending;
    private final SurveyResultQueries results;
    private final org.kehu.customer.CustomerManagement customerManagement;
    private final Dictionary dictionary;
    private final Messages messages;
    private final Clock clock;

    SurveyController(Surveys surveys, SurveySending sending, SurveyResultQueries results,
            org.kehu.customer.CustomerManagement customerManagement, Dictionary dictionary, Messages messages, Clock clock) {
        this.surveys = surveys;
        this.sending = sending;
        this.results = results;
        this.customerManagement = customerManagement;
        this.dictionary = dictionary;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        model.addAttribute("surveys", surveys.list());
        return "survey/list";
    }

    /** The body of the customer page's card: the customer's invitations; 404 outside the customer scope. */
    @GetMapping("/surveys/customer/{customerId}")
    @PreAuthorize("hasAuthority('survey.view') and hasAuthority('customer.view')")
    String customerCard(@PathVariable long customerId, Model model) {
        customerManagement.get(customerId);
        model.addAttribute("invitations", results.invitationsOf(customerId));
        return "survey/card :: card";
    }

    @GetMapping("/surveys/new")
    @PreAuthorize("hasAuthority('survey.edit')")
    String newForm(Model model) {
        SurveyForm form = new SurveyForm();
        form.setExpiresOn(LocalDate.now(clock.withZone(BusinessTime.ZONE)).plusDays(30));
        form.getQuestions().add(new SurveyForm.QuestionForm(QuestionKind.SCALE));
        model.addAttribute("form", form);
        return "survey/form";
    }

    @PostMapping("/surveys/new")
    @PreAuthorize("hasAuthority('survey.edit')")
    String create(@ModelAttribute("form") SurveyForm form, BindingResult binding,
            @RequestParam(required = false) QuestionKind add, @RequestParam(required = false) Integer remove,
            Model model, RedirectAttributes redirect) {
        if (rearranged(form, add, remove)) {
            return "survey/form";
        }
        return FormSubmission.save(binding, model, () -> {
            SurveyDetails created = surveys.create(form.toInput());
            redirect.addFlashAttribute("flash", messages.text("survey.saved"));
            return "redirect:/surveys/" + created.id();
        }, () -> "survey/form");
    }

    @GetMapping("/surveys/{id}/edit")
    @PreAuthorize("hasAuthority('survey.edit')")
    String editForm(@PathVariable long id, Model model) {
        SurveyDetails survey = surveys.get(id);
        model.addAttribute("surveyId", id);
        model.addAttribute("form", SurveyForm.of(survey));
        model.addAttribute("sent", survey.sent());
        return "survey/form";
    }

    @PostMapping("/surveys/{id}/edit")
    @PreAuthorize("hasAuthority('survey.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") SurveyForm form, BindingResult binding,
            @RequestParam(required = false) QuestionKind add, @RequestParam(required = false) Integer remove,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("surveyId", id);
        if (rearranged(form, add, remove)) {
            return "survey/form";
        }
        return FormSubmission.save(binding, model, () -> {
            surveys.update(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("survey.saved"));
            return "redirect:/surveys/" + id;
        }, () -> "survey/form");
    }

    /** The results page. */
    @GetMapping("/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("results", results.results(id));
        return "survey/show";
    }

    @GetMapping("/surveys/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        SurveyDetails survey = surveys.get(id);
        var csv = CsvDownload.start(response, "survey-" + survey.id() + "-answers.csv");
        List<String> header = List.of("customer", "contact", "email", "answeredAt", "position", "question", "answer").stream()
                .map(c -> messages.text("survey.export." + c)).toList();
        csv.writeRecord(header);
        results.forEachAnswer(id, l -> csv.writeRecord(l.customerName(), l.contactName(), l.email(),
                Formats.dateTime(l.answeredAt()), String.valueOf(l.position()), l.question(),
                l.answer() == null ? "" : l.answer()));
        csv.flush();
    }

    @GetMapping("/surveys/{id}/send")
    @PreAuthorize("hasAuthority('survey.send') and hasAuthority('customer.view')")
    String sendForm(@PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("grades", dictionary.enabledEntries(DictionaryType.CUSTOMER_GRADE));
        model.addAttribute("found", List.of());
        return "survey/send";
    }

    @PostMapping("/surveys/{id}/send")
    @PreAuthorize("hasAuthority('survey.send') and hasAuthority('customer.view')")
    String send(@PathVariable long id, @RequestParam(name = "customerIds", required = false) List<Long> customerIds,
            @RequestParam(required = false) String grade, Model model, RedirectAttributes redirect) {
        try {
            SendResult result = grade != null && !grade.isBlank() ? sending.sendToGrade(id, grade)
                    : sending.send(id, customerIds);
            redirect.addFlashAttribute("flash", messages.text("survey.send.done", result.invited(), result.alreadyInvited(),
                    result.withoutEmail()));
            return "redirect:/surveys/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("sendError", e.fieldErrors().values().iterator().next());
            model.addAttribute("survey", surveys.get(id));
            model.addAttribute("grades", dictionary.enabledEntries(DictionaryType.CUSTOMER_GRADE));
            model.addAttribute("found", List.of());
            return "survey/send";
        }
    }

    /** Adds or removes a question row; answers whether it did (then the form is shown again, unsaved). */
    private static boolean rearranged(SurveyForm form, QuestionKind add, Integer remove) {
        if (add != null) {
            form.getQuestions().add(new SurveyForm.QuestionForm(add));
            return true;
        }
        if (remove != null) {
            if (remove >= 0 && remove < form.getQuestions().size()) {
                form.getQuestions().remove((int) remove);
            }
            return true;
        }
        return false;
    }
}
