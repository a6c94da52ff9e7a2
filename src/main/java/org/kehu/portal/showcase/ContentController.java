package org.kehu.portal.showcase;

import java.util.Arrays;
import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of the portal's content (企业信息管理, 概念产品): enterprises and concept products with their
 * pictures, for staff with {@code portal.content.edit}.
 */
@Controller
@PreAuthorize("hasAuthority('portal.content.edit')")
class ContentController {

    private final Enterprises enterprises;
    private final Concepts concepts;
    private final ShowcaseFiles files;
    private final Messages messages;

    ContentController(Enterprises enterprises, Concepts concepts, ShowcaseFiles files, Messages messages) {
        this.enterprises = enterprises;
        this.concepts = concepts;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/showcase/enterprises")
    String enterprises(Model model) {
        model.addAttribute("enterprises", enterprises.all());
        return "showcase/enterprises";
    }

    @GetMapping("/showcase/enterprises/new")
    String newEnterprise(Model model) {
        model.addAttribute("form", new EnterpriseForm());
        return enterpriseForm(model, null);
    }

    @GetMapping("/showcase/enterprises/{id:\\d+}")
    String editEnterprise(@PathVariable long id, Model model) {
        Enterprise e = enterprises.get(id);
        model.addAttribute("form", EnterpriseForm.of(e));
        return enterpriseForm(model, e);
    }

    @PostMapping("/showcase/enterprises")
    String createEnterprise(@ModelAttribute("form") EnterpriseForm form, BindingResult binding,
            @RequestParam(name = "images", required = false) List<MultipartFile> images, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            long id = enterprises.save(null, form, Uploads.of(images));
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/showcase/enterprises/" + id;
        }, () -> enterpriseForm(model, null));
    }

    @PostMapping("/showcase/enterprises/{id:\\d+}")
    String updateEnterprise(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, BindingResult binding,
            @RequestParam(name = "images", required = false) List<MultipartFile> images, Model model,
            RedirectAttributes redirect) {
        Enterprise current = enterprises.get(id);
        return FormSubmission.save(binding, model, () -> {
            enterprises.save(id, form, Uploads.of(images));
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/showcase/enterprises/" + id;
        }, () -> enterpriseForm(model, current));
    }

    @PostMapping("/showcase/enterprises/{id:\\d+}/images/{fileId:\\d+}/delete")
    String deleteEnterpriseImage(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        enterprises.deleteImage(id, fileId);
        redirect.addFlashAttribute("flash", messages.text("showcase.image.deleted"));
        return "redirect:/showcase/enterprises/" + id;
    }

    @PostMapping("/showcase/enterprises/{id:\\d+}/delete")
    String deleteEnterprise(@PathVariable long id, RedirectAttributes redirect) {
        enterprises.delete(id);
        redirect.addFlashAttribute("flash", messages.text("showcase.deleted"));
        return "redirect:/showcase/enterprises";
    }

    @GetMapping("/showcase/concepts")
    String concepts(Model model) {
        model.addAttribute("concepts", concepts.all());
        return "showcase/concepts";
    }

    @GetMapping("/showcase/concepts/new")
    String newConcept(Model model) {
        model.addAttribute("form", new ConceptForm());
        return conceptForm(model, null);
    }

    @GetMapping("/showcase/concepts/{id:\\d+}")
    String editConcept(@PathVariable long id, Model model) {
        Concept c = concepts.get(id);
        model.addAttribute("form", ConceptForm.of(c));
        return conceptForm(model, c);
    }

    @PostMapping("/showcase/concepts")
    String createConcept(@ModelAttribute("form") ConceptForm form, BindingResult binding,
            @RequestParam(name = "images", required = false) List<MultipartFile> images, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            long id = concepts.save(null, form, Uploads.of(images));
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/showcase/concepts/" + id;
        }, () -> conceptForm(model, null));
    }

    @PostMapping("/showcase/concepts/{id:\\d+}")
    String updateConcept(@PathVariable long id, @ModelAttribute("form") ConceptForm form, BindingResult binding,
            @RequestParam(name = "images", required = false) List<MultipartFile> images, Model model,
            RedirectAttributes redirect) {
        Concept current = concepts.get(id);
        return FormSubmission.save(binding, model, () -> {
            concepts.save(id, form, Uploads.of(images));
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/showcase/concepts/" + id;
        }, () -> conceptForm(model, current));
    }

    @PostMapping("/showcase/concepts/{id:\\d+}/images/{fileId:\\d+}/delete")
    String deleteConceptImage(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        concepts.deleteImage(id, fileId);
        redirect.addFlashAttribute("flash", messages.text("showcase.image.deleted"));
        return "redirect:/showcase/concepts/" + id;
    }

    @PostMapping("/showcase/concepts/{id:\\d+}/delete")
    String deleteConcept(@PathVariable long id, RedirectAttributes redirect) {
        concepts.delete(id);
        redirect.addFlashAttribute("flash", messages.text("showcase.deleted"));
        return "redirect:/showcase/concepts";
    }

    private String enterpriseForm(Model model, Enterprise existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", Arrays.asList(EnterpriseKind.values()));
        model.addAttribute("images", existing == null ? List.of() : files.list(FileOwner.ENTERPRISE, existing.id()));
        return "showcase/enterprise-form";
    }

    private String conceptForm(Model model, Concept existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("stages", Arrays.asList(ConceptStage.values()));
        model.addAttribute("images", existing == null ? List.of() : files.list(FileOwner.CONCEPT, existing.id()));
        return "showcase/concept-form";
    }
}
