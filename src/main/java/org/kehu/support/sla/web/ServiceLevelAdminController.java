package org.kehu.support.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.kehu.support.sla.ServiceLevels;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service-level settings: targets per ticket type and priority, working hours, holidays and make-up days. */
@Controller
@RequestMapping("/admin/service-levels")
@PreAuthorize("hasAuthority('sla.edit')")
class ServiceLevelAdminController {

    private final ServiceLevels levels;
    private final Dictionary dictionary;
    private final Messages messages;

    ServiceLevelAdminController(ServiceLevels levels, Dictionary dictionary, Messages messages) {
        this.levels = levels;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        Map<String, ServiceLevels.Target> byKey = new java.util.HashMap<>();
        levels.targets().forEach(t -> byKey.put(t.typeCode() + "_" + t.priorityCode(), t));
        model.addAttribute("types", dictionary.enabledEntries(DictionaryType.TICKET_TYPE));
        model.addAttribute("priorities", dictionary.enabledEntries(DictionaryType.TICKET_PRIORITY));
        model.addAttribute("targets", byKey);
        model.addAttribute("calendar", levels.calendar());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("specialDays", levels.specialDays());
        return "support/service-levels";
    }

    @PostMapping("/targets")
    String saveTargets(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<ServiceLevels.Target> targets = new ArrayList<>();
        for (DictionaryEntry type : dictionary.enabledEntries(DictionaryType.TICKET_TYPE)) {
            for (DictionaryEntry priority : dictionary.enabledEntries(DictionaryType.TICKET_PRIORITY)) {
                String key = type.code() + "_" + priority.code();
                targets.add(new ServiceLevels.Target(type.code(), priority.code(), minutes(form.get("response_" + key)),
                        minutes(form.get("resolution_" + key))));
            }
        }
        try {
            levels.saveTargets(targets);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("slaError", messages.text("support.sla.error.minutes"));
        }
        return "redirect:/admin/service-levels";
    }

    @PostMapping("/calendar")
    String saveCalendar(@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime workStart,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime workEnd,
            @RequestParam(name = "workDays", required = false) List<DayOfWeek> workDays, RedirectAttributes redirect) {
        Set<DayOfWeek> days = workDays == null || workDays.isEmpty() ? Set.of() : EnumSet.copyOf(workDays);
        try {
            levels.saveCalendar(workStart, workEnd, days);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("slaError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        }
        return "redirect:/admin/service-levels";
    }

    @PostMapping("/days")
    String addDay(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            levels.saveSpecialDay(day, working, note);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("slaError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        }
        return "redirect:/admin/service-levels";
    }

    @PostMapping("/days/delete")
    String removeDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        levels.removeSpecialDay(day);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/admin/service-levels";
    }

    private static int minutes(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
