package org.kehu.shared.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Errors found by an import, written to the job's row report in batches (close it to write the rest). */
public final class ImportErrorBuffer implements Consumer<ImportRowError>, AutoCloseable {

    private final ImportJobRun run;
    private final int batch;
    private final List<ImportRowError> errors = new ArrayList<>();

    public ImportErrorBuffer(ImportJobRun run, int batch) {
        this.run = run;
        this.batch = batch;
    }

    @Override
    public void accept(ImportRowError error) {
        errors.add(error);
        if (errors.size() >= batch) {
            close();
        }
    }

    @Override
    public void close() {
        run.errors(errors);
        errors.clear();
    }
}
