package org.kehu.shared.jobs;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one kind of import does with its file once the job runs and the rows are counted: reads and checks
 * the rows, checks across them and writes, reporting through {@code run}; answers its result (its own figures).
 */
@FunctionalInterface
public interface ImportFileWork {

    Map<String, Object> execute(ImportJobRun run, String filename, Path file) throws Exception;
}
