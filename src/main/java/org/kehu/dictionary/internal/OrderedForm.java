package org.kehu.dictionary.internal;

import java.util.Collection;
import java.util.Comparator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the entry and region forms share: the place in their list, the enabled switch and the version. */
public abstract class OrderedForm {

    @NotNull(message = "{dictionary.validation.order.required}")
    @Min(value = 0, message = "{dictionary.validation.order.range}")
    @Max(value = 99999, message = "{dictionary.validation.order.range}")
    private Integer sortOrder;

    private boolean enabled = true;

    private Long version;

    /** A new record goes after the others: ten past the highest order, leaving room to insert between. */
    public void placeAfter(Collection<Integer> sortOrders) {
        sortOrder = sortOrders.stream().max(Comparator.naturalOrder()).orElse(0) + 10;
    }

    void copy(int sortOrder, boolean enabled, long version) {
        this.sortOrder = sortOrder;
        this.enabled = enabled;
        this.version = version;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
