package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.mailing.MailTemplate;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;

/** The rules of a campaign's values, its cost entries and the responses staff record, each failure beside its field. */
final class CampaignChecks {

    static final int NAME_MAX = 200;
    static final int ITEM_MAX = 200;
    static final int NOTE_MAX = 1000;

    private CampaignChecks() {
    }

    /**
     * @param owners   the ids of the marketing staff a campaign may belong to
     * @param me       the user who saves it, the owner when none is chosen
     */
    static CampaignFields campaign(CampaignInput in, Collection<Long> owners, long me) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = strip(in.getName());
        if (name == null) {
            errors.put("name", "campaign.error.name-required");
        } else if (!InputLimits.fitsLength(name, NAME_MAX)) {
            errors.put("name", "campaign.error.name-too-long");
        }
        if (in.getChannel() == null) {
            errors.put("channel", "campaign.error.channel-required");
        }
        long owner = in.getOwnerId() == null ? me : in.getOwnerId();
        if (!owners.contains(owner)) {
            errors.put("ownerId", "campaign.error.owner");
        }
        money(in.getBudget(), "budget", false, errors);
        if (in.getStartsOn() == null) {
            errors.put("startsOn", "campaign.error.starts-required");
        }
        if (in.getEndsOn() == null) {
            errors.put("endsOn", "campaign.error.ends-required");
        } else if (in.getStartsOn() != null && in.getEndsOn().isBefore(in.getStartsOn())) {
            errors.put("endsOn", "campaign.error.ends-before-starts");
        }
        positive(in.getPlanId(), "planId", errors);
        positive(in.getSegmentId(), "segmentId", errors);
        String description = strip(in.getDescription());
        if (!InputLimits.fitsLength(description, InputLimits.LONG_TEXT)) {
            errors.put("description", "campaign.error.too-long");
        }
        MailTemplate template = mailTemplate(in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CampaignFields(name, in.getPlanId(), in.getChannel(), owner, in.getBudget(), in.getStartsOn(),
                in.getEndsOn(), in.getSegmentId(), description, template == null ? null : template.subject(),
                template == null ? null : template.body());
    }

    /**
     * The mail template of an e-mail campaign, checked by the mailing engine's own rules (lengths, known merge
     * fields) with its complaints moved to the form's fields; none when both parts are empty (it may be written
     * later, but not sent without) or the channel is not e-mail.
     */
    private static MailTemplate mailTemplate(CampaignInput in, Map<String, String> errors) {
        if (in.getChannel() != MarketingChannel.EMAIL || (strip(in.getMailSubject()) == null && strip(in.getMailBody()) == null)) {
            return null;
        }
        try {
            return new MailTemplate(in.getMailSubject(), in.getMailBody()).checked();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> errors.put("subject".equals(field) ? "mailSubject" : "mailBody", key));
            return null;
        }
    }

    /** A cost entry: a day not after today, an item, a positive amount. */
    static void cost(LocalDate spentOn, String item, BigDecimal amount, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (spentOn == null) {
            errors.put("spentOn", "campaign.error.cost-date-required");
        } else if (spentOn.isAfter(today)) {
            errors.put("spentOn", "campaign.error.date-future");
        }
        String text = strip(item);
        if (text == null) {
            errors.put("item", "campaign.error.item-required");
        } else if (!InputLimits.fitsLength(text, ITEM_MAX)) {
            errors.put("item", "campaign.error.item-too-long");
        }
        money(amount, "amount", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A response recorded by staff: a customer, a day not after today, a short note. */
    static void response(Long customerId, LocalDate respondedOn, String note, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (customerId == null) {
            errors.put("customerId", "campaign.error.customer-required");
        }
        if (respondedOn == null) {
            errors.put("respondedOn", "campaign.error.response-date-required");
        } else if (respondedOn.isAfter(today)) {
            errors.put("respondedOn", "campaign.error.date-future");
        }
        if (!InputLimits.fitsLength(strip(note), NOTE_MAX)) {
            errors.put("note", "campaign.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void money(BigDecimal value, String field, boolean required, Map<String, String> errors) {
        if (value == null) {
            if (required) {
                errors.put(field, "campaign.error.amount-required");
            }
        } else if (required ? value.signum() <= 0 : value.signum() < 0) {
            errors.put(field, required ? "campaign.error.amount-positive" : "campaign.error.amount-negative");
        } else if (!InputLimits.fitsNumeric(value, 14, 2) || value.stripTrailingZeros().scale() > 2) {
            errors.put(field, "campaign.error.amount-format");
        }
    }

    private static void positive(Long id, String field, Map<String, String> errors) {
        if (id != null && id <= 0) {
            errors.put(field, "campaign.error.reference");
        }
    }
}
