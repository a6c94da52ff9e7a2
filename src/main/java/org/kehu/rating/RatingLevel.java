package org.kehu.rating;

import java.math.BigDecimal;

/**
 * The levels a score M = Σ wᵢ × gradeᵢ (0–3) maps to, with the seed's lower bounds (seed 003, appendices 2 and 3;
 * SPEC module 8): five loyalty levels and the red, grey and black credit lists. The seed's shares (10 %, 20 %,
 * 40 % … and 20 %, 60 %, 20 %) are what it expects of a customer base, not rules: the bounds decide.
 */
public enum RatingLevel {
    VERY_LOYAL(RatingKind.LOYALTY, "2.7"),
    LOYAL(RatingKind.LOYALTY, "2.1"),
    BASICALLY_LOYAL(RatingKind.LOYALTY, "0.9"),
    DISLOYAL(RatingKind.LOYALTY, "0.3"),
    VERY_DISLOYAL(RatingKind.LOYALTY, "0"),
    RED_LIST(RatingKind.CREDIT, "2.4"),
    GREY_LIST(RatingKind.CREDIT, "0.6"),
    BLACK_LIST(RatingKind.CREDIT, "0");

    private final RatingKind kind;
    private final BigDecimal lowerBound;

    RatingLevel(RatingKind kind, String lowerBound) {
        this.kind = kind;
        this.lowerBound = new BigDecimal(lowerBound);
    }

    public RatingKind kind() {
        return kind;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** The next level's lower bound, or 3 for the best: this level covers [lowerBound, upperBound). */
    public BigDecimal upperBound() {
        var levels = kind.levels();
        int i = levels.indexOf(this);
        return i == 0 ? BigDecimal.valueOf(3) : levels.get(i - 1).lowerBound();
    }

    public String labelKey() {
        return "rating.level." + name();
    }

    /** Bootstrap colour of its badge. */
    public String tone() {
        return switch (this) {
            case VERY_LOYAL -> "success";
            case RED_LIST -> "danger";
            case LOYAL -> "primary";
            case BASICALLY_LOYAL, GREY_LIST -> "secondary";
            case DISLOYAL -> "warning";
            case VERY_DISLOYAL, BLACK_LIST -> "dark";
        };
    }

    public static java.util.Optional<RatingLevel> parse(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        for (RatingLevel l : values()) {
            if (l.name().equals(code)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }
}
