package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "my review link G2 https://…": where the rep's customers leave a review on a site; no link removes it. */
public record SetReviewLink(String site, Optional<String> link) implements Command {
    public SetReviewLink {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(link, "link");
    }
}
