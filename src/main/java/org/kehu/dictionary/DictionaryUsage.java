package org.kehu.dictionary;

/**
 * Implemented by each module that stores dictionary codes or region codes, so that an entry in use
 * can be disabled but not deleted.
 */
public interface DictionaryUsage {

    /** Whether any record of the module uses this entry. */
    boolean uses(DictionaryType type, String code);

    /** Whether any record of the module uses this region (province or city code). */
    boolean usesRegion(String regionCode);
}
