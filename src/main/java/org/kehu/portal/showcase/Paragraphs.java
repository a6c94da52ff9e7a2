package org.kehu.portal.showcase;

import java.util.Arrays;
import java.util.List;

/**
 * Plain text with paragraphs, as the back office types it: blank lines part paragraphs. The pages show each
 * paragraph as escaped text, so nothing typed is ever markup.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
