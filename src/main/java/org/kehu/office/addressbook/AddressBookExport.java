package org.kehu.office.addressbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;

import org.kehu.identity.CurrentUser;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The address book as files: vCard 3.0 (what phones and mail programs import; one card per person, its
 * organisation, title, numbers, e-mail and address) and Excel or CSV through {@link TableExport}. Both stream:
 * the contacts are written while the database reads them.
 */
@Component
class AddressBookExport {

    private final AddressBook book;
    private final Messages messages;

    AddressBookExport(AddressBook book, Messages messages) {
        this.book = book;
        this.messages = messages;
    }

    /** Every card of the reader's address book matching {@code q}: staff, contacts in scope, personal entries. */
    void vcards(CurrentUser reader, String q, OutputStream out) throws IOException {
        try (VCardWriter writer = new VCardWriter(out, VCardVersion.V3_0)) {
            writer.setAddProdId(false);
            Card each = card -> write(writer, card);
            book.staff(q).forEach(each::accept);
            book.eachContact(reader, q, each::accept);
            book.personal(reader, q).forEach(each::accept);
            writer.flush();
        }
    }

    void table(CurrentUser reader, String q, TableExport.Format format, OutputStream out) throws IOException {
        List<String> header = List.of(messages.text("office.address.field.kind"), messages.text("office.address.field.name"),
                messages.text("office.address.field.organisation"), messages.text("office.address.field.title"),
                messages.text("office.address.field.mobile"), messages.text("office.address.field.phone"),
                messages.text("office.address.field.email"), messages.text("office.address.field.address"));
        TableExport.write(format, out, messages.text("office.address.title"), header, sink -> {
            Card row = c -> sink.row(java.util.Arrays.asList(messages.text("office.address.kind." + c.kind()), c.name(),
                    c.organisation(), c.title(), c.mobile(), c.phone(), c.email(), c.address()));
            book.staff(q).forEach(row::accept);
            book.eachContact(reader, q, row::accept);
            book.personal(reader, q).forEach(row::accept);
        });
    }

    /** One card into a vCard. */
    static VCard vcard(AddressCard c) {
        VCard v = new VCard();
        v.setFormattedName(c.name());
        v.setStructuredName(structuredName(c.name()));
        if (c.organisation() != null) {
            v.setOrganization(c.organisation());
        }
        if (c.title() != null) {
            v.addTitle(c.title());
        }
        if (c.mobile() != null) {
            v.addTelephoneNumber(c.mobile(), TelephoneType.CELL);
        }
        if (c.phone() != null) {
            v.addTelephoneNumber(c.phone(), TelephoneType.WORK);
        }
        if (c.email() != null) {
            v.addEmail(c.email(), EmailType.INTERNET, EmailType.WORK);
        }
        if (c.address() != null) {
            Address a = new Address();
            a.setStreetAddress(c.address());
            a.getTypes().add(AddressType.WORK);
            v.addAddress(a);
        }
        return v;
    }

    /**
     * N, which vCard 3.0 requires beside FN: a name with a space is "given family" (Western order), a Chinese name is
     * its first character (the family name) and the rest.
     */
    static StructuredName structuredName(String name) {
        StructuredName n = new StructuredName();
        String full = name.strip();
        int space = full.lastIndexOf(' ');
        if (space > 0) {
            n.setFamily(full.substring(space + 1));
            n.setGiven(full.substring(0, space).strip());
        } else if (full.codePointCount(0, full.length()) > 1 && Character.isIdeographic(full.codePointAt(0))) {
            int second = full.offsetByCodePoints(0, 1);
            n.setFamily(full.substring(0, second));
            n.setGiven(full.substring(second));
        } else {
            n.setFamily(full);
        }
        return n;
    }

    private static void write(VCardWriter writer, AddressCard card) {
        try {
            writer.write(vcard(card));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one card; the export's rows are pushed through it. */
    @FunctionalInterface
    private interface Card {
        void accept(AddressCard card);
    }
}
