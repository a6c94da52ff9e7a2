package org.kehu.analytics.value;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the CDNOW files are: {@code ../shared/data/cdnow/} from the project's root (a checkout beside
 * {@code shared}), or two levels up for a worktree under {@code wt/}; {@code -Dkehu.shared-data=} overrides.
 * Tests that need them are skipped, not failed, on a machine without them.
 */
final class CdnowData {

    private CdnowData() {
    }

    static Path file(String name) {
        String configured = System.getProperty("kehu.shared-data");
        Path found = Stream.of(configured, "../shared/data", "../../shared/data")
                .filter(p -> p != null && Files.isDirectory(Path.of(p, "cdnow")))
                .map(p -> Path.of(p, "cdnow", name)).findFirst().orElse(null);
        assumeTrue(found != null && Files.isRegularFile(found), "CDNOW data not found beside the project");
        return found;
    }
}
