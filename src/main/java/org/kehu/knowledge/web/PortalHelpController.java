package org.kehu.knowledge.web;


import jakarta.servlet.http.HttpSession;

import org.kehu.knowledge.KnowledgeBase;
import org.kehu.knowledge.KnowledgeFile;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge articles shared with customers, on the portal's public help pages: published articles visible to
 * customers or both, searched or newest first; any other article answers 404 here. A visitor votes once per session.
 */
@Controller
class PortalHelpController {

    private final KnowledgeBase knowledge;
    private final Messages messages;

    PortalHelpController(KnowledgeBase knowledge, Messages messages) {
        this.knowledge = knowledge;
        this.messages = messages;
    }

    @GetMapping("/portal/help/articles")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("page", knowledge.listForCustomers(q, after, size));
        model.addAttribute("q", q);
        return "portal/help-articles";
    }

    @GetMapping("/portal/help/articles/{id:\\d+}")
    String show(@PathVariable long id, HttpSession session, Model model) {
        model.addAttribute("a", knowledge.getForCustomers(id));
        knowledge.countView(id);
        model.addAttribute("attachments", knowledge.attachments(id));
        model.addAttribute("myVote", knowledge.voteOf(id, voter(session)).orElse(null));
        return "portal/help-article";
    }

    @PostMapping("/portal/help/articles/{id:\\d+}/vote")
    String vote(@PathVariable long id, @RequestParam boolean helpful, HttpSession session, RedirectAttributes redirect) {
        knowledge.vote(id, voter(session), helpful, true);
        redirect.addFlashAttribute("flash", messages.text("knowledge.vote.thanks"));
        return "redirect:/portal/help/articles/" + id;
    }

    @GetMapping("/portal/help/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long attachmentId) {
        KnowledgeFile f = knowledge.attachmentForCustomers(attachmentId);
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    /** The session's voter key. */
    static String voter(HttpSession session) {
        return KnowledgeBase.sessionVoter(session.getId());
    }
}
