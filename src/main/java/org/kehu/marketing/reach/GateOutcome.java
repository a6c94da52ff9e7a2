package org.kehu.marketing.reach;

/**
 * What the gate decided for one batch of candidates. Every contact held back is also kept, with its reason,
 * per source, so that it can be listed.
 */
public record GateOutcome(int admitted, int heldNoConsent, int heldOptedOut, int heldByCap, int heldNoAddress) {

    public int heldBack() {
        return heldNoConsent + heldOptedOut + heldByCap + heldNoAddress;
    }
}
