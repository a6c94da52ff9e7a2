package org.kehu.support.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import org.kehu.shared.BusinessTime;

/**
 * The personal link of an invitation: a random token that only the mail carries; the database keeps its
 * SHA-256, so that reading the table does not let anyone answer in a customer's name. A link works once,
 * until the end of the survey's expiry day in China's time.
 */
final class SurveyLinks {

    /** What a link leads to. */
    enum State {
        OPEN, ANSWERED, EXPIRED
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyLinks() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** An answered link stays answered even after the expiry, so that its reader learns the more useful fact. */
    static State state(Instant answeredAt, LocalDate expiresOn, Instant now) {
        if (answeredAt != null) {
            return State.ANSWERED;
        }
        Instant end = expiresOn.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return now.isBefore(end) ? State.OPEN : State.EXPIRED;
    }
}
