package org.kehu.home;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.DataScope;
import org.kehu.identity.Permission;

/**
 * Which dashboards a user sees, from their permissions and data scope, so that a user with several roles sees the
 * union: an executive's (reports, orders and opportunities of everyone), a director's team table (sets targets for a
 * department), an account manager's own figures (sells, and sees neither of the former, which already show them), and
 * the service desk's (handles tickets).
 */
record DashboardRoles(boolean executive, boolean team, boolean sales, boolean service) {

    static DashboardRoles of(CurrentUser user) {
        boolean reports = user.can(Permission.REPORT_VIEW);
        boolean executive = reports && user.dataScope() == DataScope.ALL && user.can(Permission.ORDER_VIEW)
                && user.can(Permission.OPPORTUNITY_VIEW);
        boolean team = reports && user.can(Permission.TARGET_EDIT) && user.dataScope() == DataScope.DEPARTMENT
                && user.can(Permission.OPPORTUNITY_VIEW);
        boolean seller = reports && user.can(Permission.ORDER_CREATE) && user.can(Permission.OPPORTUNITY_CREATE);
        boolean service = user.can(Permission.TICKET_HANDLE);
        return new DashboardRoles(executive, team, seller && !executive && !team, service);
    }

    boolean any() {
        return executive || team || sales || service;
    }
}
