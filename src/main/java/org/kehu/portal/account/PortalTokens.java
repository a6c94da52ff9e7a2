package org.kehu.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time links the portal mails (invitation, password reset): 32 random bytes that only the mail carries;
 * the table keeps their SHA-256. A link is valid for {@code kehu.portal.link-validity} (72 hours unless set) and
 * works once; a new link of the same purpose voids the older ones.
 */
@Component
class PortalTokens {

    /** What a link is for. */
    enum Purpose {
        INVITATION, RESET
    }

    /** What a link leads to when it is opened. */
    enum State {
        VALID, USED, EXPIRED, UNKNOWN
    }

    /** A link as read: its account, and whether it may still be used. */
    record Link(long tokenId, long accountId, State state) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;

    PortalTokens(JdbcClient jdbc, Clock clock, @Value("${kehu.portal.link-validity:72h}") Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new link for the account; older unused links of the same purpose stop working. */
    String issue(long accountId, Purpose purpose) {
        Instant now = clock.instant();
        jdbc.sql("update portal_token set used_at = :now where account_id = :a and purpose = :p and used_at is null")
                .param("now", Timestamp.from(now)).param("a", accountId).param("p", purpose.name()).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into portal_token(account_id, purpose, token_hash, expires_at, created_at)
                values (:a, :p, :h, :expires, :now)""")
                .param("a", accountId).param("p", purpose.name()).param("h", hash(token))
                .param("expires", Timestamp.from(now.plus(validity))).param("now", Timestamp.from(now)).update();
        return token;
    }

    /** The link a token names, read for update so that two uses at once cannot both pass. */
    Link read(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new Link(0, 0, State.UNKNOWN);
        }
        record Row(long id, long accountId, Timestamp expiresAt, Timestamp usedAt) {
        }
        Optional<Row> row = jdbc.sql("""
                select id, account_id, expires_at, used_at from portal_token where token_hash = :h and purpose = :p
                   for update""").param("h", hash(token)).param("p", purpose.name()).query(Row.class).optional();
        if (row.isEmpty()) {
            return new Link(0, 0, State.UNKNOWN);
        }
        Row r = row.get();
        State state = r.usedAt() != null ? State.USED
                : r.expiresAt().toInstant().isAfter(clock.instant()) ? State.VALID : State.EXPIRED;
        return new Link(r.id(), r.accountId(), state);
    }

    void markUsed(long tokenId) {
        jdbc.sql("update portal_token set used_at = :now where id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", tokenId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
