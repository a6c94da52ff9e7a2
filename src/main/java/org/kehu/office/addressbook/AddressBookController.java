package org.kehu.office.addressbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The address book page: one search over staff, customers' contacts (within the reader's scope) and the reader's
 * personal entries; the personal entries' form; the exports as vCard and as Excel or CSV. Every signed-in staff
 * member has an address book.
 */
@Controller
class AddressBookController {

    private final AddressBook book;
    private final PersonalEntries entries;
    private final AddressBookExport export;
    private final UserDirectory users;
    private final Messages messages;

    AddressBookController(AddressBook book, PersonalEntries entries, AddressBookExport export, UserDirectory users,
            Messages messages) {
        this.book = book;
        this.entries = entries;
        this.export = export;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/address-book")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String after, HtmxRequest htmx,
            Model model) {
        CurrentUser reader = users.requireCurrentUser();
        String query = AddressBook.normalise(q);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("staff", book.staff(query));
        model.addAttribute("contacts", book.contacts(reader, query, after, AddressBook.PAGE_SIZE));
        model.addAttribute("personal", book.personal(reader, query));
        model.addAttribute("after", after);
        return htmx.isHtmxRequest() ? "office/addressbook/list :: results" : "office/addressbook/list";
    }

    @GetMapping("/address-book/export.vcf")
    void vcards(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        response.setContentType("text/vcard;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.text("office.address.file") + ".vcf", StandardCharsets.UTF_8).build().toString());
        export.vcards(users.requireCurrentUser(), q, response.getOutputStream());
    }

    @GetMapping("/address-book/export")
    void table(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        var f = ExportDownload.format(format, "office.address.error.format");
        export.table(users.requireCurrentUser(), q, f, ExportDownload.start(response, f, "address-book"));
    }

    @GetMapping("/address-book/entries/new")
    String newEntry(Model model) {
        model.addAttribute("form", new PersonalEntryForm());
        return form(model, null);
    }

    @PostMapping("/address-book/entries")
    String create(@Valid @ModelAttribute("form") PersonalEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            entries.create(users.requireCurrentUser().id(), form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/address-book";
        }, () -> form(model, null));
    }

    @GetMapping("/address-book/entries/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        PersonalEntry entry = entries.get(users.requireCurrentUser().id(), id);
        model.addAttribute("form", PersonalEntryForm.of(entry));
        return form(model, entry);
    }

    @PostMapping("/address-book/entries/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonalEntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        long owner = users.requireCurrentUser().id();
        PersonalEntry existing = entries.get(owner, id);
        return FormSubmission.save(binding, model, () -> {
            entries.update(owner, id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/address-book";
        }, () -> form(model, existing));
    }

    @PostMapping("/address-book/entries/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        entries.delete(users.requireCurrentUser().id(), id);
        redirect.addFlashAttribute("flash", messages.text("office.address.deleted"));
        return "redirect:/address-book";
    }

    private String form(Model model, PersonalEntry existing) {
        model.addAttribute("existing", existing);
        return "office/addressbook/form";
    }
}
