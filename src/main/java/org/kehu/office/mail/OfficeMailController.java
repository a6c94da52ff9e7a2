package org.kehu.office.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.office.addressbook.AddressBook;
import org.kehu.office.addressbook.AddressCard;
import org.kehu.office.files.OfficeUploads;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/** The e-mail pages: the sender's sent list, writing a mail (with files), one mail, and its files. */
@Controller
class OfficeMailController {

    static final int PAGE_SIZE = 50;
    /** Contacts the form's search offers at once. */
    static final int CHOICES = 20;

    private final OfficeMails mails;
    private final AddressBook book;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Messages messages;

    OfficeMailController(OfficeMails mails, AddressBook book, CustomerManagement customers, UserDirectory users,
            Messages messages) {
        this.mails = mails;
        this.book = book;
        this.customers = customers;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/mails")
    String sent(@RequestParam(required = false) Long after, HtmxRequest htmx, Model model) {
        var rows = mails.sent(users.requireCurrentUser(), after, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        model.addAttribute("rows", more ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("next", more ? rows.get(PAGE_SIZE - 1).id() : null);
        return htmx.isHtmxRequest() ? "office/mail/list :: rows" : "office/mail/list";
    }

    /** The form, with the colleagues or contacts chosen in the address book already filled in. */
    @GetMapping("/mails/new")
    String newMail(@RequestParam(required = false) List<Long> userId, @RequestParam(required = false) List<Long> contactId,
            Model model) {
        MailForm form = new MailForm();
        if (userId != null) {
            form.setUserIds(new ArrayList<>(userId));
        }
        if (contactId != null) {
            form.setContactIds(new ArrayList<>(contactId));
        }
        model.addAttribute("form", form);
        return form(model, form);
    }

    @PostMapping("/mails")
    String send(@Valid @ModelAttribute("form") MailForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            long id = mails.send(users.requireCurrentUser(), form, uploads(files));
            redirect.addFlashAttribute("flash", messages.text("office.mail.sent"));
            return "redirect:/mails/" + id;
        }, () -> form(model, form));
    }

    @GetMapping("/mails/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("mail", mails.view(users.requireCurrentUser(), id));
        return "office/mail/show";
    }

    @GetMapping("/mails/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        var file = mails.attachment(users.requireCurrentUser(), id, attachmentId);
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    /** Contacts with an e-mail address matching {@code q}, as check boxes to add to the recipients. */
    @GetMapping("/mails/contact-choices")
    String contactChoices(@RequestParam(required = false) String q, Model model) {
        List<AddressCard> found = AddressBook.normalise(q) == null ? List.of()
                : book.contacts(users.requireCurrentUser(), q, null, CHOICES * 2).items().stream()
                        .filter(c -> c.email() != null).limit(CHOICES).toList();
        model.addAttribute("choices", found);
        model.addAttribute("searched", AddressBook.normalise(q) != null);
        return "office/mail/form :: contact-choices";
    }

    private String form(Model model, MailForm form) {
        model.addAttribute("staff", users.staffCards().stream().filter(s -> s.email() != null).toList());
        model.addAttribute("chosenContacts", chosenContacts(users.requireCurrentUser(), form.getContactIds()));
        model.addAttribute("maxFiles", OfficeMails.MAX_FILES);
        model.addAttribute("maxFileMb", OfficeMails.MAX_FILE_BYTES / (1024 * 1024));
        return "office/mail/form";
    }

    /** The contacts already chosen that the writer may see, as address cards (name, customer, e-mail). */
    private List<AddressCard> chosenContacts(CurrentUser writer, List<Long> ids) {
        if (!writer.can(Permission.CUSTOMER_VIEW)) {
            return List.of();
        }
        List<AddressCard> cards = new ArrayList<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            try {
                ContactDetails c = customers.contact(id);
                String customer = customers.summary(c.customerId()).map(CustomerSummary::name).orElse("");
                cards.add(new AddressCard(AddressCard.Kind.CONTACT, c.id(), c.name(), customer, c.title(), c.mobile(),
                        c.officePhone(), c.email(), null, c.customerId()));
            } catch (RecordNotFoundException | AccessDeniedException e) {
                // not the writer's to see: left out of the form, as the address book leaves it out
            }
        }
        return cards;
    }

    private static List<OfficeUploads.Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new OfficeUploads.Upload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
