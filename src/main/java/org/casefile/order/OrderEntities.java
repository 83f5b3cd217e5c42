package org.casefile.order;

import java.util.List;

public final class OrderEntities {
    private OrderEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(ProtectiveOrder.class, OrderBreach.class);
    }
}
