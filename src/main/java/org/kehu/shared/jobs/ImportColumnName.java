package org.kehu.shared.jobs;

import java.util.List;

/**
 * A column of an import file as its header may name it: the field name used in the row report, the
 * English and the Chinese header of the template, and other names a file may use (an older template's,
 * the usual export of another system). Implemented by each import's column enum.
 */
public interface ImportColumnName {

    /** The field name used in error reports. */
    String field();

    String english();

    String chinese();

    /** Further header names this column goes by; none by default. */
    default List<String> aliases() {
        return List.of();
    }
}
