package org.kehu.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;

/** What the import forms and API accept as the mode, the wait flag and the row report's page cursor. */
class ImportJobInputTests {

    @Test
    void waitChoosesBetweenWaitingBackgroundAndBySize() {
        assertThat(ImportExecution.ofWait(null)).isEqualTo(ImportExecution.AUTO);
        assertThat(ImportExecution.ofWait(" ")).isEqualTo(ImportExecution.AUTO);
        assertThat(ImportExecution.ofWait("true")).isEqualTo(ImportExecution.WAIT);
        assertThat(ImportExecution.ofWait(" FALSE ")).isEqualTo(ImportExecution.BACKGROUND);
    }

    @Test
    void aWaitThatIsNeitherTrueNorFalseIsRefusedNamingIt() {
        assertThatThrownBy(() -> ImportExecution.ofWait("maybe")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("wait", "import.job.error.flag"));
    }

    @Test
    void modeDefaultsToAllOrNothingAndAnUnknownModeIsNone() {
        assertThat(ImportMode.parse(null)).contains(ImportMode.ALL_OR_NOTHING);
        assertThat(ImportMode.parse("valid_rows")).contains(ImportMode.VALID_ROWS);
        assertThat(ImportMode.parse("SOME")).isEmpty();
    }

    @Test
    void allOrNothingWritesNothingOnceThereIsAnyErrorAndValidRowsAlwaysWrites() {
        ImportJobRun.Counts oneError = new ImportJobRun.Counts(1, 1);
        ImportJobRun.Counts clean = new ImportJobRun.Counts(0, 0);
        assertThat(ImportMode.ALL_OR_NOTHING.writesNothing(oneError)).isTrue();
        assertThat(ImportMode.ALL_OR_NOTHING.writesNothing(clean)).isFalse();
        assertThat(ImportMode.VALID_ROWS.writesNothing(oneError)).isFalse();
    }

    @Test
    void theNextPageCursorIsTheLastErrorsRowAndPosition() {
        ImportErrorCursor cursor = ImportErrorCursor.after(new ImportRowError(5_000_000, 2, "customerName", "missing"));
        assertThat(cursor.toString()).isEqualTo("5000000-2");
        assertThat(ImportErrorCursor.parse("5000000-2")).contains(cursor);
        assertThat(ImportErrorCursor.parse("5000000")).isEmpty();
        assertThat(ImportErrorCursor.parse("1-2; drop")).isEmpty();
        assertThat(ImportErrorCursor.parse(null)).isEmpty();
    }
}
