package kehu.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kehu.analytics.SalesPerformance;
import org.kehu.analytics.TrailingTotals;
import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.identity.UserDirectory;
import org.kehu.office.Agenda;
import org.kehu.office.Noticeboard;
import org.kehu.sales.Pipeline;
import org.kehu.shared.BusinessTime;
import org.kehu.support.ServiceFigures;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Where a home page's time goes: each call the home page makes (one per tile), timed in the application as the user
 * (the same beans, data scope and transactions as the page, without HTTP, Thymeleaf and the layout). Calls the user
 * is not allowed to make are left out. One {@code TILE} line per user and call, and the sum of the p50s.
 */
final class DashboardTiles {

    private static final int WARM_UP = 5;

    private final ApplicationContext context;
    private final int samples;

    DashboardTiles(ApplicationContext context, int samples) {
        this.context = context;
        this.samples = samples;
    }

    List<String> run(List<String> users) {
        List<String> lines = new ArrayList<>();
        for (String user : users) {
            signIn(user);
            try {
                double sum = 0;
                for (Map.Entry<String, Callable<?>> tile : tiles().entrySet()) {
                    Timings t = measure(tile.getValue());
                    if (t == null) {
                        continue;
                    }
                    sum += t.percentile(50);
                    lines.add("TILE user=%s tile=%s p50_ms=%.2f p95_ms=%.2f".formatted(user, tile.getKey(), t.percentile(50),
                            t.percentile(95)));
                }
                lines.add("TILE user=%s tile=all p50_sum_ms=%.2f".formatted(user, sum));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return lines;
    }

    private void signIn(String username) {
        UserDetails details = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** The calls of {@code HomeController} and its dashboards, as each role makes them. */
    private Map<String, Callable<?>> tiles() {
        long me = context.getBean(UserDirectory.class).requireCurrentUser().id();
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        YearMonth month = YearMonth.from(today);
        CustomerListing listing = context.getBean(CustomerListing.class);
        CustomerManagement customers = context.getBean(CustomerManagement.class);
        SalesPerformance performance = context.getBean(SalesPerformance.class);
        Pipeline pipeline = context.getBean(Pipeline.class);
        Agenda agenda = context.getBean(Agenda.class);
        ServiceFigures service = context.getBean(ServiceFigures.class);
        Map<String, Callable<?>> tiles = new LinkedHashMap<>();
        tiles.put("customer_count", () -> listing.count(CustomerFilter.none()));
        tiles.put("recent_customers", () -> listing.page(CustomerFilter.none(), null, null, 8));
        tiles.put("notices", () -> context.getBean(Noticeboard.class).awaitingConfirmation(5));
        tiles.put("agenda", () -> agenda.day(8));
        tiles.put("tasks_by_assignee", () -> agenda.countsByAssignee(List.of(me)));
        tiles.put("sales_mine", () -> performance.mine(month));
        tiles.put("sales_team", () -> performance.team(month));
        tiles.put("sales_months", () -> performance.months(month, 12));
        tiles.put("top_customers", () -> performance.topCustomers(TrailingTotals.firstDayEndingOn(today), today.plusDays(1), 10));
        tiles.put("pipeline_mine", () -> pipeline.openByOwner(List.of(me)));
        tiles.put("funnel_12m", () -> pipeline.funnel(month.minusMonths(11).atDay(1), today));
        tiles.put("pipeline_forecast", () -> pipeline.forecast(month, 6));
        tiles.put("churn_warnings", () -> customers.countByOwner(CustomerStatus.CHURN_WARNING));
        tiles.put("lost", () -> customers.countByOwner(CustomerStatus.LOST));
        tiles.put("service_overview", service::overview);
        tiles.put("satisfaction", () -> service.satisfaction(month, 12));
        return tiles;
    }

    private Timings measure(Callable<?> call) {
        Timings t = new Timings();
        try {
            for (int i = 0; i < WARM_UP + samples; i++) {
                long start = System.nanoTime();
                call.call();
                if (i >= WARM_UP) {
                    t.add(System.nanoTime() - start);
                }
            }
        } catch (AccessDeniedException e) {
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return t;
    }
}
