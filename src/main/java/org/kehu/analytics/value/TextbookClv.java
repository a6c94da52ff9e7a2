package org.kehu.analytics.value;

import org.hipparchus.util.FastMath;

/**
 * The textbook's lifetime value of a customer kept n years (seed 001, chapter 3, exercise 3): acquisition cost
 * Co, first purchase Po, revenue added each year In, yearly direct service cost Cs, interest rate r. The yearly
 * amounts arrive at the end of years 1..n and are discounted at r.
 * <ul>
 * <li>model one, revenue only: CLV = Po - Co + Σ In / (1+r)^t</li>
 * <li>model three, net of service cost: CLV = Po - Co + Σ (In - Cs) / (1+r)^t</li>
 * </ul>
 * The exercise names the models without restating them; these are their forms in the course's textbook,
 * which is why exercise 4 (two customers differing in In and Cs) asks how the two models rank them.
 */
record TextbookClv(int years, double acquisitionCost, double firstPurchase, double yearlyRevenue, double rate,
        double yearlyServiceCost) {

    /** Σ_{t=1..n} 1/(1+r)^t, n when r = 0. */
    double annuityFactor() {
        return rate == 0 ? years : (1 - FastMath.pow(1 + rate, -years)) / rate;
    }

    double modelOne() {
        return firstPurchase - acquisitionCost + yearlyRevenue * annuityFactor();
    }

    double modelThree() {
        return firstPurchase - acquisitionCost + (yearlyRevenue - yearlyServiceCost) * annuityFactor();
    }
}
