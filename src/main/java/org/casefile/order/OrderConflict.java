package org.casefile.order;

import org.casefile.UserFacingException;

/** Someone saved the order after this person opened it. Carries the order as it now stands. */
public final class OrderConflict extends UserFacingException {
    private final transient OrderRecord saved;

    OrderConflict(OrderRecord saved) {
        super("order.conflict");
        this.saved = saved;
    }

    public OrderRecord saved() {
        return saved;
    }
}
