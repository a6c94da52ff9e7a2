package org.kehu.portal.showcase;

/**
 * A file as it arrives from a form or another module's page: the name the user's computer gave it and its bytes.
 * Its type is read from the content when it is stored.
 */
public record Upload(String filename, byte[] content) {
}
