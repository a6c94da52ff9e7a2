package org.kehu.order.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kehu.catalog.MovementReferenceScope;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the inventory pages which order numbers among the references of stock movements the reader may not see:
 * an order is seen by those with {@code order.view} whose data scope holds its owner, as on the order list.
 */
@Component
class OrderMovementReferences implements MovementReferenceScope {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    OrderMovementReferences(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public String recordKind() {
        return "order";
    }

    @Override
    public Set<String> outsideScope(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        record NumberedOrder(String number, long ownerId) {
        }
        var orders = jdbc.sql("select number, owner_id from sales_order where number = any(:numbers)")
                .param("numbers", references.toArray(String[]::new)).query(NumberedOrder.class).list();
        CurrentUser user = users.currentUser().orElse(null);
        OwnerScope scope = user == null ? OwnerScope.of(List.of()) : users.ownerScope(user);
        boolean mayReadOrders = user != null && user.can(Permission.ORDER_VIEW);
        Set<String> hidden = new HashSet<>();
        for (NumberedOrder order : orders) {
            if (!mayReadOrders || !scope.permits(order.ownerId())) {
                hidden.add(order.number());
            }
        }
        return hidden;
    }
}
