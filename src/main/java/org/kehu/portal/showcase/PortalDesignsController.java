package org.kehu.portal.showcase;

import java.util.List;

import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.FormErrors;
import org.kehu.shared.web.Messages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * 上传DIY产品: the signed-in customer's own designs with their review status, and the upload page. Everything is
 * looked up within the contact's company, so another company's design answers 404 like an unknown one.
 */
@Controller
class PortalDesignsController {

    private final DiyDesigns designs;
    private final ShowcaseFiles files;
    private final Messages messages;

    PortalDesignsController(DiyDesigns designs, ShowcaseFiles files, Messages messages) {
        this.designs = designs;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/portal/designs")
    String list(Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("designs", designs.ofCustomer(user.customerId()));
        return "portal/own-designs";
    }

    @GetMapping("/portal/designs/new")
    String form(Model model) {
        model.addAttribute("form", new DesignForm());
        return newPage(model);
    }

    @PostMapping("/portal/designs")
    String submit(@ModelAttribute("form") DesignForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads, Model model,
            RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        try {
            long id = designs.submit(user.customerId(), user.contactId(), form.getTitle(), form.getDescription(),
                    Uploads.of(uploads), form.isPublish());
            redirect.addFlashAttribute("flash", messages.text("portal.designs.submitted"));
            return "redirect:/portal/designs/" + id;
        } catch (InvalidInputException e) {
            java.util.Map<String, String> beside = new java.util.LinkedHashMap<>(e.fieldErrors());
            beside.remove("files"); // shown beside the file input, which the form object does not hold
            FormErrors.addTo(binding, beside);
            model.addAttribute("filesError", e.fieldErrors().get("files"));
            return newPage(model);
        }
    }

    @GetMapping("/portal/designs/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("design", designs.ofCustomer(user.customerId(), id)
                .orElseThrow(() -> new RecordNotFoundException("DIY design", id)));
        model.addAttribute("files", designs.filesOfCustomer(user.customerId(), id));
        return "portal/own-design";
    }

    @GetMapping("/portal/designs/{designId:\\d+}/files/{id:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long designId, @PathVariable long id) {
        PortalUser user = PortalUsers.require();
        if (designs.ofCustomer(user.customerId(), designId).isEmpty()) {
            throw new RecordNotFoundException("DIY design", designId);
        }
        ShowcaseFiles.FileContent file = files.content(id)
                .filter(f -> f.owner() == FileOwner.DIY && f.ownerId() == designId)
                .orElseThrow(() -> new RecordNotFoundException("File", id));
        if (file.isImage()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
        }
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    private static String newPage(Model model) {
        model.addAttribute("maxFiles", DiyDesigns.MAX_UPLOAD_FILES);
        return "portal/own-design-new";
    }
}
