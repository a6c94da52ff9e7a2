package org.kehu.rating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerRow;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's models, and loyalty and credit ratings for about six customers in seven, each given by the customer's
 * own account manager through the same service the page uses (so the proposals from the data are taken, and the
 * levels reach the customer list). Every fifth rated customer also has an older rating, so histories show change.
 */
@Component
class RatingDemoData implements DemoData {

    private final RatingModels models;
    private final CustomerRatings ratings;
    private final CustomerListing listing;
    private final UserDirectory users;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;

    RatingDemoData(RatingModels models, CustomerRatings ratings, CustomerListing listing, UserDirectory users,
            UserDetailsService accounts, JdbcClient jdbc) {
        this.models = models;
        this.ratings = ratings;
        this.listing = listing;
        this.users = users;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.RATINGS;
    }

    @Override
    public void load() {
        models.installDefaults();
        var previous = SecurityContextHolder.getContext();
        try {
            signIn("admin");
            List<CustomerRow> customers = new java.util.ArrayList<>();
            CustomerFilter byCode = new CustomerFilter(null, null, null, null, null, null, null, null, null, null, "code");
            String after = null;
            do {
                var page = listing.page(byCode, after, null, CustomerListing.MAX_PAGE_SIZE);
                customers.addAll(page.items());
                after = page.next();
            } while (after != null);
            Random random = new Random(210);
            Map<Long, String> usernames = new HashMap<>();
            int n = 0;
            for (CustomerRow c : customers) {
                n++;
                if (n % 7 == 3 || c.ownerId() == null) {
                    continue; // some customers are not rated yet
                }
                String owner = usernames.computeIfAbsent(c.ownerId(),
                        id -> users.user(id).map(UserSummary::username).orElse("admin"));
                signIn(owner);
                int quality = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 3 ? 3 : 1 + random.nextInt(2);
                boolean older = n % 5 == 0;
                for (RatingKind kind : RatingKind.values()) {
                    if (older) {
                        long id = rate(c.id(), kind, Math.max(0, quality - 1), random).id();
                        jdbc.sql("update customer_rating set rated_at = rated_at - interval '200 days' where id = :id")
                                .param("id", id).update();
                    }
                    rate(c.id(), kind, quality, random);
                }
            }
            // Spread the current ratings over the last months, as managers rate when they review a customer.
            jdbc.sql("""
                    update customer_rating set rated_at = rated_at - make_interval(days => ((id * 37) % 90)::int)
                     where rated_at > now() - interval '1 day'""").update();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private RatingDetails rate(long customerId, RatingKind kind, int quality, Random random) {
        ModelDetails model = models.inUse(kind);
        Map<String, GradeProposal> proposed = ratings.proposals(customerId, kind);
        Map<String, Integer> grades = new HashMap<>();
        for (Factor f : model.factors()) {
            GradeProposal p = proposed.get(f.code());
            int g = p != null ? p.grade() : quality + random.nextInt(3) - 1;
            grades.put(f.code(), Math.max(0, Math.min(3, g)));
        }
        return ratings.rate(customerId, new RatingInput(kind, grades, null));
    }

    private void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
