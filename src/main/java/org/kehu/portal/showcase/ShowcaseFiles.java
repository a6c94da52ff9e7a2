package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import java.util.List;
import java.util.Optional;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of the showcase records, in the database as the attachments of interactions are, so that every node
 * serves them. Each is checked by its content ({@link FileType}) and size before it is stored.
 */
@Component
class ShowcaseFiles {

    /** Pictures are shown on phones: 5 MB is a large photograph already. */
    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    /** Drawings and CAD models of a design. */
    static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    /** A record shows at most this many files. */
    static final int MAX_FILES = 12;

    private final JdbcClient jdbc;

    ShowcaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Checks every upload before any is stored; a refusal names {@code field}.
     *
     * @param imagesOnly whether only pictures are accepted (everything but DIY designs)
     */
    List<FileType> check(List<Upload> uploads, boolean imagesOnly, String field, int alreadyStored) {
        if (uploads.size() + alreadyStored > MAX_FILES) {
            throw InvalidInputException.of(field, "showcase.error.too-many-files");
        }
        return uploads.stream().map(u -> {
            if (u.content() == null || u.content().length == 0) {
                throw InvalidInputException.of(field, "showcase.error.file-empty");
            }
            if (InputLimits.hasControlCharacter(u.filename())) {
                throw InvalidInputException.of(field, "showcase.error.file-type");
            }
            FileType type = FileType.of(u.filename(), u.content())
                    .filter(t -> t.isImage() || !imagesOnly)
                    .orElseThrow(() -> InvalidInputException.of(field,
                            imagesOnly ? "showcase.error.image-type" : "showcase.error.file-type"));
            if (u.content().length > (type.isImage() ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES)) {
                throw InvalidInputException.of(field,
                        type.isImage() ? "showcase.error.image-too-large" : "showcase.error.file-too-large");
            }
            return type;
        }).toList();
    }

    /** Stores uploads already {@link #check checked}, after the owner's files. */
    void store(FileOwner owner, long ownerId, List<Upload> uploads, List<FileType> types) {
        int next = jdbc.sql("select coalesce(max(sort_order), 0) from portal_file where owner_kind = ? and owner_id = ?")
                .param(owner.name()).param(ownerId).query(Integer.class).single();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            FileType type = types.get(i);
            jdbc.sql("""
                    insert into portal_file(owner_kind, owner_id, filename, content_type, size_bytes, content, sort_order)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(owner.name(), ownerId, type.nameFor(u.filename()), type.contentType(), u.content().length,
                            u.content(), next + 10 * (i + 1))
                    .update();
        }
    }

    /**
     * Stores uploads already {@link #check checked} ahead of the owner's files, so that they are the first picture
     * the public pages show: a product's uploaded pictures win over the drawn demo ones.
     */
    void storeFirst(FileOwner owner, long ownerId, List<Upload> uploads, List<FileType> types) {
        int first = jdbc.sql("select coalesce(min(sort_order), 0) from portal_file where owner_kind = ? and owner_id = ?")
                .param(owner.name()).param(ownerId).query(Integer.class).single();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            FileType type = types.get(i);
            jdbc.sql("""
                    insert into portal_file(owner_kind, owner_id, filename, content_type, size_bytes, content, sort_order)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(owner.name(), ownerId, type.nameFor(u.filename()), type.contentType(), u.content().length,
                            u.content(), first - 10 * (uploads.size() - i))
                    .update();
        }
    }

    int count(FileOwner owner, long ownerId) {
        return jdbc.sql("select count(*) from portal_file where owner_kind = ? and owner_id = ?").param(owner.name())
                .param(ownerId).query(Integer.class).single();
    }

    List<StoredFile> list(FileOwner owner, long ownerId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes from portal_file
                 where owner_kind = ? and owner_id = ? order by sort_order, id""")
                .param(owner.name()).param(ownerId).query(StoredFile.class).list();
    }

    /** The first picture of each owner of a kind, for lists: owner id to file id. */
    java.util.Map<Long, Long> firstImages(FileOwner owner, java.util.Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> first = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (owner_id) owner_id, id from portal_file
                 where owner_kind = ? and owner_id = any(?) and content_type like 'image/%'
                 order by owner_id, sort_order, id""")
                .param(owner.name()).param(ownerIds.toArray(Long[]::new))
                .query(rs -> {
                    first.put(rs.getLong(1), rs.getLong(2));
                });
        return first;
    }

    /** A file's owner and content, for serving it. */
    Optional<FileContent> content(long id) {
        return jdbc.sql("select owner_kind, owner_id, filename, content_type, content from portal_file where id = ?")
                .param(id).query((rs, n) -> new FileContent(FileOwner.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getBytes(5))).optional();
    }

    void delete(FileOwner owner, long ownerId, long fileId) {
        jdbc.sql("delete from portal_file where id = ? and owner_kind = ? and owner_id = ?").params(fileId, owner.name(), ownerId)
                .update();
    }

    void deleteAll(FileOwner owner, long ownerId) {
        jdbc.sql("delete from portal_file where owner_kind = ? and owner_id = ?").params(owner.name(), ownerId).update();
    }

    /** A stored file with what it belongs to. */
    record FileContent(FileOwner owner, long ownerId, String filename, String contentType, byte[] content) {

        boolean isImage() {
            return contentType.startsWith("image/");
        }
    }
}
