package org.kehu.rating;

import java.util.List;

/** How many customers within the reader's scope stand at each level of each kind (latest ratings only). */
public record RatingDistribution(List<LevelCount> levels) {

    /** The customers at one level. */
    public record LevelCount(RatingKind kind, RatingLevel level, long customers) {
    }

    public RatingDistribution {
        levels = List.copyOf(levels);
    }

    public List<LevelCount> of(RatingKind kind) {
        return levels.stream().filter(l -> l.kind() == kind).toList();
    }

    public long total(RatingKind kind) {
        return of(kind).stream().mapToLong(LevelCount::customers).sum();
    }
}
