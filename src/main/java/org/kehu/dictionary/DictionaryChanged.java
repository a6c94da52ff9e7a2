package org.kehu.dictionary;

import java.util.Map;

/**
 * Published, synchronously inside the change's transaction, whenever an administrator creates, updates
 * or deletes a dictionary entry or a region, so that the audit log records it without the dictionary
 * depending on identity (identity already depends on the dictionary for positions and levels).
 *
 * @param action     {@code CREATE}, {@code UPDATE} or {@code DELETE}
 * @param entityType {@code dictionary} or {@code region}
 * @param entityId   the entry's id, or the region's numeric code
 * @param summary    what a reader of the audit log sees, e.g. {@code INDUSTRY/STEEL}
 * @param oldValue   the values before the change; null on create
 * @param newValue   the values after the change; null on delete
 */
public record DictionaryChanged(String action, String entityType, Long entityId, String summary,
        Map<String, Object> oldValue, Map<String, Object> newValue) {
}
