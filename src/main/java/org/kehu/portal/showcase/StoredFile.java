package org.kehu.portal.showcase;

/** A stored showcase file without its content, for lists and links. */
record StoredFile(long id, String filename, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
