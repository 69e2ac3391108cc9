package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import com.slack.api.bolt.service.OAuthStateService;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The OAuth {@code state}, kept by the installer's browser alone, so any process may finish an install another one
 * started: Bolt puts it in a Secure, HttpOnly cookie and in the link to Slack, and checks on the way back that the
 * two match. The value is a random nonce and an expiry, signed with the client secret (HMAC-SHA256), so it cannot be
 * made up and is refused after {@link #LIFETIME}.
 */
final class SignedOAuthState implements OAuthStateService {
    static final Duration LIFETIME = Duration.ofSeconds(DEFAULT_EXPIRATION_IN_SECONDS);

    private final byte[] key;
    private final Clock clock;

    SignedOAuthState(String clientSecret, Clock clock) {
        this.key = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public String generateNewStateValue() {
        String body = UUID.randomUUID().toString().replace("-", "") + "." + clock.instant().plus(LIFETIME)
                .getEpochSecond();
        return body + "." + signature(body);
    }

    @Override
    public void addNewStateToDatastore(String state) {
        // Nothing is kept on this side: the signature and the expiry inside the state are checked instead.
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        int last = state.lastIndexOf('.');
        int first = state.indexOf('.');
        if (first < 0 || last <= first) {
            return false;
        }
        String body = state.substring(0, last);
        boolean signed = MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.UTF_8),
                state.substring(last + 1).getBytes(StandardCharsets.UTF_8));
        try {
            return signed && Long.parseLong(body.substring(first + 1)) > clock.instant().getEpochSecond();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // The cookie is cleared by Bolt; the expiry ends the state's life.
    }

    private String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new ReferralCoachException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
