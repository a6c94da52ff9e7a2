package org.kehu.rating;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The two ratings of seed 003: loyalty (忠诚度, factors a–g) and credit (信誉度, factors a–e). */
public enum RatingKind {
    LOYALTY, CREDIT;

    /** Its levels, best first. */
    public List<RatingLevel> levels() {
        return Arrays.stream(RatingLevel.values()).filter(l -> l.kind() == this).toList();
    }

    /**
     * The level of a score M on the 0–3 scale: the first level, best first, whose lower bound M reaches. The seed's
     * ranges share their ends (2.7–3, 2.1–2.7 …); a score on a boundary belongs to the higher level.
     */
    public RatingLevel levelOf(BigDecimal score) {
        for (RatingLevel level : levels()) {
            if (score.compareTo(level.lowerBound()) >= 0) {
                return level;
            }
        }
        return levels().get(levels().size() - 1);
    }

    public String labelKey() {
        return "rating.kind." + name();
    }
}
