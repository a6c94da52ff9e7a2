package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every label exists in English and in Chinese, so that switching the language never shows a bare key. */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** {@code #{key}} or {@code #{key(args)}}; keys built by expressions ({@code #{'a.' + x}}) do not match. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");

    @Test
    void everyKeyHasAChineseAndAnEnglishText() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");

        assertThat(difference(english.stringPropertyNames(), chinese.stringPropertyNames()))
                .as("keys in messages.properties but not in messages_zh_CN.properties").isEmpty();
        assertThat(difference(chinese.stringPropertyNames(), english.stringPropertyNames()))
                .as("keys in messages_zh_CN.properties but not in messages.properties").isEmpty();
        assertThat(blank(chinese)).as("keys with an empty Chinese text").isEmpty();
        assertThat(blank(english)).as("keys with an empty English text").isEmpty();
    }

    @Test
    void everyMessageKeyInATemplateHasBothTexts() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (!english.containsKey(key) || !chinese.containsKey(key)) {
                        missing.computeIfAbsent(RESOURCES.relativize(template).toString(), t -> new TreeSet<>()).add(key);
                    }
                }
            }
        }
        assertThat(missing).as("template keys missing from a message bundle").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> blank(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(keys::add);
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
