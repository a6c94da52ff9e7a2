package org.kehu.shared.jobs;

import java.util.Map;

/** What an import job does: reads, checks and writes, reporting through {@code run}; answers its result. */
@FunctionalInterface
public interface ImportJobWork {

    Map<String, Object> execute(ImportJobRun run) throws Exception;
}
