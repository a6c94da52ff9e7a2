package org.kehu.marketing.plan;

/**
 * Where a marketing plan stands: written (DRAFT), waiting for a director (SUBMITTED), approved, or rejected with a
 * reason. The pages ask the status which actions are open.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED;

    /** A draft or a rejected plan may be changed (and then submitted again). */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    public boolean canSubmit() {
        return editable();
    }

    /** Only a submitted plan is approved or rejected. */
    public boolean canDecide() {
        return this == SUBMITTED;
    }

    public String labelKey() {
        return "marketing.plan.status." + name();
    }
}
