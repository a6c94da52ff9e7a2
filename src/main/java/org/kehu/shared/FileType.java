package org.kehu.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of files the showcase accepts, each recognised by its content, never by the name or the type the
 * browser claims: a script renamed {@code .png} is refused. Images are shown on public pages; PDF and CAD files
 * (AutoCAD DWG and DXF, STEP, IGES) only come with DIY designs and are only downloaded. One check for every upload
 * (showcase pictures, DIY designs, ticket attachments), each taking the kinds it accepts.
 */
public enum FileType {
    PNG("image/png", true, "png"),
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    GIF("image/gif", true, "gif"),
    WEBP("image/webp", true, "webp"),
    PDF("application/pdf", false, "pdf"),
    DWG("application/acad", false, "dwg"),
    DXF("application/dxf", false, "dxf"),
    STEP("application/step", false, "step", "stp"),
    IGES("model/iges", false, "igs", "iges");

    private final String contentType;
    private final boolean image;
    private final String[] extensions;

    FileType(String contentType, boolean image, String... extensions) {
        this.contentType = contentType;
        this.image = image;
        this.extensions = extensions;
    }

    /** The content type stored and sent with the file. */
    public String contentType() {
        return contentType;
    }

    /** Whether the file is a picture shown on pages. */
    public boolean isImage() {
        return image;
    }

    /**
     * The type the content shows. CAD files are partly text formats without a fixed signature, so for them the
     * name's extension says which format to check the content against.
     */
    public static Optional<FileType> of(String filename, byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (content.length >= 12 && startsWith(content, 'R', 'I', 'F', 'F')
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1);
        return switch (extension(filename)) {
            // DWG: "AC10" and two more digits of the release (AC1015 = AutoCAD 2000 … AC1032 = 2018)
            case "dwg" -> head.matches("(?s)AC10\\d\\d.*") ? Optional.of(DWG) : Optional.empty();
            // DXF (text): group code 0 then SECTION, perhaps after 999 comments
            case "dxf" -> head.matches("(?s)\\s*(999\\R.*\\R)?\\s*0\\R\\s*SECTION\\R.*") ? Optional.of(DXF) : Optional.empty();
            case "step", "stp" -> head.startsWith("ISO-10303-21;") ? Optional.of(STEP) : Optional.empty();
            // IGES: 80-column records, the first a Start (S) or Flag (F) section record
            case "igs", "iges" -> head.length() >= 80 && (head.charAt(72) == 'S' || head.charAt(72) == 'F')
                    ? Optional.of(IGES) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The name to store: the uploaded one, its extension made to match the content. */
    public String nameFor(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        for (String e : extensions) {
            if (extension(name).equals(e)) {
                return name.length() > 255 ? name.substring(name.length() - 255) : name;
            }
        }
        String withExtension = name + "." + extensions[0];
        return withExtension.length() > 255 ? withExtension.substring(withExtension.length() - 255) : withExtension;
    }

    private static String extension(String filename) {
        if (filename == null || filename.lastIndexOf('.') < 0) {
            return "";
        }
        return filename.substring(filename.lastIndexOf('.') + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... signature) {
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
