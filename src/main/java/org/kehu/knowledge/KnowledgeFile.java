package org.kehu.knowledge;

/** An attachment's content, for download. */
public record KnowledgeFile(String filename, String contentType, byte[] content) {
}
