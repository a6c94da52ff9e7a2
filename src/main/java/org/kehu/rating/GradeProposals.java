package org.kehu.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kehu.customer.CustomerDetails;
import org.kehu.order.FirstSales;
import org.kehu.shared.Formats;
import org.kehu.shared.web.Messages;
import org.kehu.support.ServiceEvaluation;
import org.springframework.stereotype.Component;

/**
 * Grades the data already tells, for the factors whose {@link Factor.Evidence} says where to look. The manager
 * sees them preselected with the reason and may change them.
 * <ul>
 * <li>Relationship (loyalty g): since the earlier of the customer's creation and first sale; no sale at all is
 * "no business yet" (0), under 12 months 1, 1–5 years 2, over 5 years 3 (the seed's own bands).</li>
 * <li>Service evaluation (loyalty d): the mean 1–5 satisfaction of the last two years' survey answers and ticket
 * feedback: below 2.5 → 0 (worse than competitors), 2.5–3.5 → 1, 3.5–4.5 → 2, from 4.5 → 3. Satisfaction surveys
 * do not ask about competitors, so this reads "satisfied" as "as good as they" (docs/decisions.md).</li>
 * </ul>
 */
@Component
class GradeProposals {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FirstSales firstSales;
    private final ServiceEvaluation evaluation;
    private final Messages messages;
    private final Clock clock;

    GradeProposals(FirstSales firstSales, ServiceEvaluation evaluation, Messages messages, Clock clock) {
        this.firstSales = firstSales;
        this.evaluation = evaluation;
        this.messages = messages;
        this.clock = clock;
    }

    Map<String, GradeProposal> propose(CustomerDetails customer, ModelDetails model) {
        Map<String, GradeProposal> proposals = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (Factor f : model.factors()) {
            if (f.evidence() == null) {
                continue;
            }
            Optional<GradeProposal> p = switch (f.evidence()) {
                case RELATIONSHIP -> relationship(f.code(), customer, today);
                case SERVICE_EVALUATION -> service(f.code(), customer.id(), today);
            };
            p.ifPresent(proposal -> proposals.put(f.code(), proposal));
        }
        return proposals;
    }

    private Optional<GradeProposal> relationship(String factor, CustomerDetails customer, LocalDate today) {
        Optional<LocalDate> firstSale = firstSales.of(customer.id());
        if (firstSale.isEmpty()) {
            return Optional.of(new GradeProposal(factor, 0, messages.text("rating.proposal.no-sale")));
        }
        LocalDate created = customer.createdAt() == null ? firstSale.get() : customer.createdAt().atZone(ZONE).toLocalDate();
        LocalDate since = created.isBefore(firstSale.get()) ? created : firstSale.get();
        Period lasted = Period.between(since, today);
        int months = Math.max(0, lasted.getYears() * 12 + lasted.getMonths());
        int grade = months < 12 ? 1 : months < 60 ? 2 : 3;
        return Optional.of(new GradeProposal(factor, grade, messages.text("rating.proposal.relationship",
                Formats.date(since), lasted.getYears(), lasted.getMonths())));
    }

    private Optional<GradeProposal> service(String factor, long customerId, LocalDate today) {
        return evaluation.of(customerId, today).map(score -> new GradeProposal(factor, serviceGrade(score.mean()),
                messages.text("rating.proposal.service", Formats.decimal(score.mean(), 1), score.answers())));
    }

    static int serviceGrade(double mean) {
        return mean < 2.5 ? 0 : mean < 3.5 ? 1 : mean < 4.5 ? 2 : 3;
    }
}
