package com.referralcoach.core.language;

import java.util.Objects;

/**
 * A message that is only a greeting ("good morning!", "hello coach"), a thank-you ("thanks!") or an acknowledgement
 * ("ok", "cool", "👍"): nothing to save, answered in kind.
 */
public record Pleasantry(Kind kind) implements Command {
    /** What the rep said: hello, thanks, or that they read the bot's last reply. */
    public enum Kind { GREETING, THANKS, ACKNOWLEDGEMENT }

    public Pleasantry {
        Objects.requireNonNull(kind, "kind");
    }
}
