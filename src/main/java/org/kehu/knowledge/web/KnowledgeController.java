package org.kehu.knowledge.web;

import java.io.IOException;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.identity.UserDirectory;
import org.kehu.knowledge.ArticleDetails;
import org.kehu.knowledge.ArticleFilter;
import org.kehu.knowledge.ArticleStatus;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.knowledge.KnowledgeFile;
import org.kehu.knowledge.Visibility;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.FormErrors;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff pages of the knowledge base: the list with search and filters, an article with its votes, views, versions,
 * attachments and the tickets it solved, the editor with its preview, and the searches that found nothing.
 */
@Controller
@PreAuthorize("hasAuthority('knowledge.view')")
class KnowledgeController {

    private final KnowledgeBase knowledge;
    private final UserDirectory users;
    private final Messages messages;

    KnowledgeController(KnowledgeBase knowledge, UserDirectory users, Messages messages) {
        this.knowledge = knowledge;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/knowledge")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String visibility,
            @RequestParam(required = false) String status, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size, HtmxRequest htmx, Model model) {
        ArticleFilter filter = new ArticleFilter(q, category, tag, visibility, status);
        KeysetPage<?> page = knowledge.list(filter, after, size);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("showFirst", after != null && !after.isBlank());
        if (htmx.isHtmxRequest() && "knowledge-rows".equals(htmx.getTarget())) {
            return "knowledge/list :: rows";
        }
        model.addAttribute("categories", knowledge.categories());
        model.addAttribute("tags", knowledge.tags());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("statuses", ArticleStatus.values());
        return "knowledge/list";
    }

    @GetMapping("/knowledge/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        knowledge.countView(id);
        ArticleDetails a = knowledge.get(id);
        model.addAttribute("a", a);
        model.addAttribute("versions", knowledge.versions(id));
        model.addAttribute("attachments", knowledge.attachments(id));
        model.addAttribute("tickets", knowledge.linkedTickets(id));
        model.addAttribute("myVote", knowledge.voteOf(id, voter()).orElse(null));
        return "knowledge/show";
    }

    @GetMapping("/knowledge/{id:\\d+}/versions/{version:\\d+}")
    String version(@PathVariable long id, @PathVariable long version, Model model) {
        var v = knowledge.version(id, version);
        model.addAttribute("a", knowledge.get(id));
        model.addAttribute("v", v);
        model.addAttribute("html", knowledge.render(v.body()));
        return "knowledge/version";
    }

    @PostMapping("/knowledge/{id:\\d+}/vote")
    String vote(@PathVariable long id, @RequestParam boolean helpful, RedirectAttributes redirect) {
        knowledge.vote(id, voter(), helpful, false);
        redirect.addFlashAttribute("flash", messages.text("knowledge.vote.thanks"));
        return "redirect:/knowledge/" + id;
    }

    @GetMapping("/knowledge/new")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String newForm(Model model) {
        return form(model, new ArticleForm(), null);
    }

    @PostMapping("/knowledge")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String create(@ModelAttribute("article") ArticleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            ArticleDetails a = knowledge.create(form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/knowledge/" + a.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/knowledge/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ArticleForm.of(knowledge.get(id)), id);
    }

    @PostMapping("/knowledge/{id:\\d+}")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String update(@PathVariable long id, @ModelAttribute("article") ArticleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            knowledge.update(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/knowledge/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
        } catch (ConcurrentEditException e) {
            // The editor keeps their text, is told, and sees what the other editor saved.
            model.addAttribute("conflict", knowledge.get(id));
        }
        return form(model, form, id);
    }

    @PostMapping("/knowledge/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            knowledge.delete(id, version);
            redirect.addFlashAttribute("flash", messages.text("common.deleted"));
            return "redirect:/knowledge";
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flash", messages.text("error.concurrent-edit"));
            return "redirect:/knowledge/" + id;
        }
    }

    /** The editor's preview: the Markdown rendered as readers will see it. */
    @PostMapping("/knowledge/preview")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String preview(@RequestParam(required = false) String body, Model model) {
        model.addAttribute("html", knowledge.render(body == null ? "" : body));
        return "knowledge/fragments :: preview";
    }

    @PostMapping("/knowledge/{id:\\d+}/attachments")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "knowledge.error.file-empty");
            }
            knowledge.attach(id, new KnowledgeFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("attachmentError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        }
        return "redirect:/knowledge/" + id + "#knowledge-attachments";
    }

    @PostMapping("/knowledge/{id:\\d+}/attachments/{attachmentId:\\d+}/delete")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        knowledge.removeAttachment(id, attachmentId);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/knowledge/" + id + "#knowledge-attachments";
    }

    @GetMapping("/knowledge/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long attachmentId) {
        KnowledgeFile f = knowledge.attachment(attachmentId);
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    @GetMapping("/knowledge/missing")
    String missing(Model model) {
        model.addAttribute("missing", knowledge.missing());
        return "knowledge/missing";
    }

    @PostMapping("/knowledge/missing/forget")
    @PreAuthorize("hasAuthority('knowledge.edit')")
    String forget(@RequestParam String query, RedirectAttributes redirect) {
        knowledge.forgetMissing(query);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/knowledge/missing";
    }

    private String form(Model model, ArticleForm form, Long id) {
        model.addAttribute("article", form);
        model.addAttribute("articleId", id);
        model.addAttribute("categories", knowledge.categories());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("statuses", ArticleStatus.values());
        return "knowledge/form";
    }

    private String voter() {
        return "u" + users.requireCurrentUser().id();
    }

    static String query(ArticleFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", f.q());
        add(b, "category", f.category());
        add(b, "tag", f.tag());
        add(b, "visibility", f.visibility());
        add(b, "status", f.status());
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

}
