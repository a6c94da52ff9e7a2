package org.kehu.office.addressbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.PhoneNumber;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal address book entries: each user reads and changes only their own; another user's entry answers as
 * an unknown one (404). A save with a stale version is refused (409).
 */
@Component
public class PersonalEntries {

    /** Entries one user may keep: a personal address book, not a customer database. */
    static final int MAX_PER_USER = 2_000;

    private static final String SELECT = "select id, name, company, title, mobile, phone, email, address, note, version"
            + " from office_address_entry";

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PersonalEntry get(long ownerId, long id) {
        return jdbc.sql(SELECT + " where id = :id and owner_id = :owner").param("id", id).param("owner", ownerId)
                .query(PersonalEntry.class).optional().orElseThrow(() -> new RecordNotFoundException("Address entry", id));
    }

    /** The owner's entries whose name, company, numbers or e-mail contain {@code like}, or whose initials match. */
    List<AddressCard> search(long ownerId, String like, String initials) {
        return jdbc.sql(SELECT + " " + """
                 where owner_id = :owner
                   and (cast(:like as varchar) is null or name ilike :like or company ilike :like or mobile like :like
                        or phone like :like or email ilike :like
                        or (cast(:initials as varchar) is not null and name_initials like :initials))
                 order by name, id limit :max""")
                .param("owner", ownerId).param("like", like).param("initials", initials).param("max", MAX_PER_USER)
                .query(PersonalEntry.class).list().stream().map(PersonalEntry::card).toList();
    }

    @Transactional
    public PersonalEntry create(long ownerId, PersonalEntryForm form) {
        Integer count = jdbc.sql("select count(*) from office_address_entry where owner_id = :owner").param("owner", ownerId)
                .query(Integer.class).single();
        if (count >= MAX_PER_USER) {
            throw InvalidInputException.of("name", "office.address.error.too-many");
        }
        long id = jdbc.sql("""
                insert into office_address_entry(owner_id, name, name_initials, company, title, mobile, phone, email, address,
                                                 note, created_at, updated_at)
                values (:owner, :name, :initials, :company, :title, :mobile, :phone, :email, :address, :note, :now, :now)
                returning id""")
                .param("owner", ownerId).params(values(form)).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return get(ownerId, id);
    }

    @Transactional
    public PersonalEntry update(long ownerId, long id, PersonalEntryForm form) {
        get(ownerId, id);
        if (form.getVersion() == null) {
            throw InvalidInputException.of("version", "office.address.error.version");
        }
        int updated = jdbc.sql("""
                update office_address_entry
                   set name = :name, name_initials = :initials, company = :company, title = :title, mobile = :mobile,
                       phone = :phone, email = :email, address = :address, note = :note, updated_at = :now,
                       version = version + 1
                 where id = :id and owner_id = :owner and version = :version""")
                .params(values(form)).param("now", Timestamp.from(clock.instant())).param("id", id).param("owner", ownerId)
                .param("version", form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentEditException("Address entry", id);
        }
        return get(ownerId, id);
    }

    @Transactional
    public void delete(long ownerId, long id) {
        if (jdbc.sql("delete from office_address_entry where id = :id and owner_id = :owner").param("id", id)
                .param("owner", ownerId).update() == 0) {
            throw new RecordNotFoundException("Address entry", id);
        }
    }

    private static java.util.Map<String, Object> values(PersonalEntryForm f) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        String name = f.getName().strip();
        v.put("name", name);
        v.put("initials", PinyinInitials.initialsOfName(name));
        v.put("company", blankToNull(f.getCompany()));
        v.put("title", blankToNull(f.getTitle()));
        v.put("mobile", phone(f.getMobile()));
        v.put("phone", phone(f.getPhone()));
        v.put("email", blankToNull(f.getEmail()));
        v.put("address", blankToNull(f.getAddress()));
        v.put("note", blankToNull(f.getNote()));
        return v;
    }

    private static String phone(String text) {
        String value = blankToNull(text);
        return value == null ? null : PhoneNumber.normalise(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
