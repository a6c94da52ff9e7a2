package org.kehu.analytics.report;

/**
 * The named RFM segments and the one map that gives each pair of recency score R and frequency-monetary score FM
 * (both 1–5) exactly one of them. The map is the segment map widely used in RFM analyses (published as the
 * {@code seg_map} of regular expressions in the Kaggle notebooks "CRM Analytics: RFM" and their many copies,
 * after Putler's RFM segments), written out here as explicit ranges:
 * <pre>
 *            FM 1            FM 2–3               FM 4–5
 * R 5   NEW_CUSTOMERS   POTENTIAL_LOYALISTS   CHAMPIONS
 * R 4   PROMISING       POTENTIAL_LOYALISTS   LOYAL_CUSTOMERS
 * R 3   ABOUT_TO_SLEEP (FM 1–2), NEED_ATTENTION (FM 3), LOYAL_CUSTOMERS (FM 4–5)
 * R 1–2 HIBERNATING (FM 1–2), AT_RISK (FM 3–4), CANT_LOSE_THEM (FM 5)
 * </pre>
 * The published map keys on R and F; here the second key is FM, the mean of the F and M scores rounded half up,
 * so that what a customer spends counts as well as how often he buys.
 */
enum RfmSegment {
    CHAMPIONS, LOYAL_CUSTOMERS, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP,
    AT_RISK, CANT_LOSE_THEM, HIBERNATING;

    /** The FM score: the mean of F and M rounded half up, 1–5. */
    static int fm(int f, int m) {
        return (f + m + 1) / 2;
    }

    /** The segment of a recency score and an FM score, each 1–5. */
    static RfmSegment of(int r, int fm) {
        if (r < 1 || r > 5 || fm < 1 || fm > 5) {
            throw new IllegalArgumentException("scores are 1 to 5: " + r + ", " + fm);
        }
        if (r <= 2) {
            return fm <= 2 ? HIBERNATING : fm <= 4 ? AT_RISK : CANT_LOSE_THEM;
        }
        if (r == 3) {
            return fm <= 2 ? ABOUT_TO_SLEEP : fm == 3 ? NEED_ATTENTION : LOYAL_CUSTOMERS;
        }
        if (fm == 1) {
            return r == 4 ? PROMISING : NEW_CUSTOMERS;
        }
        if (fm <= 3) {
            return POTENTIAL_LOYALISTS;
        }
        return r == 4 ? LOYAL_CUSTOMERS : CHAMPIONS;
    }

    /** The label's message key. */
    String labelKey() {
        return "analytics.report.rfm.segment." + name();
    }
}
