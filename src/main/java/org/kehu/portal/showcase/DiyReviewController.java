package org.kehu.portal.showcase;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of DIY designs (DIY信息管理): the list by status and each design with its files and open steps. */
@Controller
@PreAuthorize("hasAuthority('portal.design.review')")
class DiyReviewController {

    private final DiyDesigns designs;
    private final Messages messages;

    DiyReviewController(DiyDesigns designs, Messages messages) {
        this.designs = designs;
        this.messages = messages;
    }

    @GetMapping("/diy-designs")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String after,
            Model model) {
        DiyStatus filter = DiyStatusParameter.parse(status);
        model.addAttribute("statuses", Arrays.asList(DiyStatus.values()));
        model.addAttribute("status", filter == null ? null : filter.name());
        model.addAttribute("page", designs.page(filter, after, 30));
        return "showcase/diy-designs";
    }

    @GetMapping("/diy-designs/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        DiyDesignRow design = designs.get(id);
        model.addAttribute("design", design);
        model.addAttribute("paragraphs", Paragraphs.of(designs.description(id)));
        model.addAttribute("files", designs.files(id));
        model.addAttribute("next", design.status().next().stream().map(Enum::name).toList());
        return "showcase/diy-design";
    }

    @PostMapping("/diy-designs/{id:\\d+}/{step:accept|reject|recommend}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            switch (step) {
                case "accept" -> designs.accept(id, version);
                case "reject" -> designs.reject(id, reason, version);
                default -> designs.recommend(id, version);
            }
            redirect.addFlashAttribute("flash", messages.text("showcase.diy.done." + step));
            return "redirect:/diy-designs/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasonError", messages.text(e.fieldErrors().getOrDefault("reason", "showcase.error.required")));
            model.addAttribute("reason", reason);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stepError", messages.text(e.messageKey()));
        }
        return show(id, model);
    }
}
