package org.kehu.customer;

/** A file uploaded with an interaction. */
public record NewAttachment(String filename, String contentType, byte[] content) {
}
