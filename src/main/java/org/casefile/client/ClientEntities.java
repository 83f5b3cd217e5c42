package org.casefile.client;

import java.util.List;

public final class ClientEntities {
    private ClientEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Client.class, StatusChange.class);
    }
}
