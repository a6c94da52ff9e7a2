package org.kehu.office.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kehu.shared.FileType;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;

/**
 * The check of every file staff upload in the office (mail attachments, the personal file cabinet). Office files are
 * of any kind people work with — documents, spreadsheets, archives, pictures — so the check refuses what must not
 * travel rather than admitting a short list: programs and scripts (by their name or by a program's signature in the
 * content), and files whose name claims a picture or PDF that the content ({@link FileType}) is not. The stored type
 * comes from the content where {@link FileType} knows it, otherwise from a short list of office extensions, else it
 * is {@code application/octet-stream}; downloads are always attachments, never shown inline.
 */
public final class OfficeUploads {

    /** A file as it came in: the name the browser sent and the bytes. */
    public record Upload(String filename, byte[] content) {
    }

    /** A checked file: the name to store, the type to send it with, and the bytes. */
    public record Checked(String filename, String contentType, byte[] content) {

        public int size() {
            return content.length;
        }
    }

    /** Extensions of programs and scripts a mail server or a colleague's computer would run. */
    private static final Set<String> EXECUTABLE = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "cpl",
            "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "jar", "sh", "lnk", "reg", "dll", "app", "apk");
    /** Extensions that promise a kind {@link FileType} recognises: the content must be that kind. */
    private static final Set<String> CHECKED_KINDS = Set.of("png", "jpg", "jpeg", "gif", "webp", "pdf");
    private static final Map<String, String> OFFICE_TYPES = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("zip", "application/zip"), Map.entry("rar", "application/vnd.rar"),
            Map.entry("7z", "application/x-7z-compressed"), Map.entry("rtf", "application/rtf"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));
    private static final int MAX_NAME = 255;

    private OfficeUploads() {
    }

    /**
     * Checks one file; a refusal names {@code field} with a message key: {@code office.upload.error.empty},
     * {@code .too-large}, {@code .name} or {@code .type}.
     */
    public static Checked check(Upload upload, long maxBytes, String field) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, "office.upload.error.empty");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "office.upload.error.too-large");
        }
        String name = cleanName(upload.filename());
        if (name == null) {
            throw InvalidInputException.of(field, "office.upload.error.name");
        }
        String extension = extension(name);
        if (EXECUTABLE.contains(extension) || looksExecutable(content)) {
            throw InvalidInputException.of(field, "office.upload.error.type");
        }
        Optional<FileType> known = FileType.of(name, content);
        if (known.isPresent()) {
            return new Checked(known.get().nameFor(name), known.get().contentType(), content);
        }
        if (CHECKED_KINDS.contains(extension)) {
            throw InvalidInputException.of(field, "office.upload.error.type");
        }
        return new Checked(name, OFFICE_TYPES.getOrDefault(extension, "application/octet-stream"), content);
    }

    /**
     * The name without any folder part, trimmed, at most 255 characters (the end kept, so that the extension stays);
     * null when nothing is left or it holds control characters.
     */
    public static String cleanName(String filename) {
        if (filename == null || InputLimits.hasControlCharacter(filename)) {
            return null;
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Windows programs (MZ), Linux programs (ELF), macOS programs (Mach-O) and scripts with an interpreter line. */
    private static boolean looksExecutable(byte[] c) {
        if (c.length >= 2 && c[0] == 'M' && c[1] == 'Z') {
            return true;
        }
        if (c.length >= 2 && c[0] == '#' && c[1] == '!') {
            return true;
        }
        if (c.length >= 4 && (c[0] & 0xFF) == 0x7F && c[1] == 'E' && c[2] == 'L' && c[3] == 'F') {
            return true;
        }
        if (c.length >= 4) {
            int magic = ((c[0] & 0xFF) << 24) | ((c[1] & 0xFF) << 16) | ((c[2] & 0xFF) << 8) | (c[3] & 0xFF);
            return magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE || magic == 0xCFFAEDFE;
        }
        return false;
    }
}
