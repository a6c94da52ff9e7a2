package org.kehu.identity;

import java.util.List;

/**
 * The owners whose records the current user may see: {@code all()} or a list of user ids. Every query
 * of owned records applies it, in pages, API, exports and reports alike.
 */
public record OwnerScope(boolean all, List<Long> ownerIds) {

    public static OwnerScope everything() {
        return new OwnerScope(true, List.of());
    }

    public static OwnerScope of(List<Long> ownerIds) {
        return new OwnerScope(false, List.copyOf(ownerIds));
    }

    public boolean permits(Long ownerId) {
        return all || (ownerId != null && ownerIds.contains(ownerId));
    }

    /** The ids as an array for {@code owner_id = any(?)} in SQL. */
    public Long[] ownerIdArray() {
        return ownerIds.toArray(Long[]::new);
    }
}
