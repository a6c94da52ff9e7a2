package org.kehu.marketing.plan;

import java.io.IOException;
import java.util.List;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The market research pages: the list, the form, a record with its files. */
@Controller
@PreAuthorize("hasAuthority('marketing.plan.view')")
class ResearchController {

    private final MarketResearch research;
    private final Messages messages;

    ResearchController(MarketResearch research, Messages messages) {
        this.research = research;
        this.messages = messages;
    }

    @GetMapping("/marketing/research")
    String list(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", research.list(after, 50));
        return "marketing/research/list";
    }

    @GetMapping("/marketing/research/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("r", research.get(id));
        return "marketing/research/show";
    }

    @GetMapping("/marketing/research/new")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String newForm(Model model) {
        return form(model, new PlanForms.ResearchForm(), null);
    }

    @GetMapping("/marketing/research/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, PlanForms.ResearchForm.of(research.get(id)), id);
    }

    @PostMapping("/marketing/research")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String create(@ModelAttribute("research") PlanForms.ResearchForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> saved(redirect, research.create(form.toInput()).id()),
                () -> form(model, form, null));
    }

    @PostMapping("/marketing/research/{id:\\d+}")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String update(@PathVariable long id, @ModelAttribute("research") PlanForms.ResearchForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> saved(redirect, research.update(id, form.toInput()).id()),
                () -> form(model, form, id));
    }

    private String saved(RedirectAttributes redirect, long id) {
        redirect.addFlashAttribute("flash", messages.text("common.saved"));
        return "redirect:/marketing/research/" + id;
    }

    @PostMapping("/marketing/research/{id:\\d+}/files")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            research.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("fileError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        }
        return "redirect:/marketing/research/" + id;
    }

    @GetMapping("/marketing/research/files/{fileId:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long fileId) {
        MarketResearch.FileContent f = research.file(fileId);
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    private String form(Model model, PlanForms.ResearchForm form, Long id) {
        model.addAttribute("research", form);
        model.addAttribute("researchId", id);
        model.addAttribute("methods", List.of(ResearchMethod.values()));
        return "marketing/research/form";
    }
}
