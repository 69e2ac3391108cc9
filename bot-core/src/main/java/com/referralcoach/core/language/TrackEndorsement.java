package com.referralcoach.core.language;

import com.referralcoach.core.domain.Endorsement;
import java.util.Objects;
import java.util.Optional;

/**
 * "asked Jane Doe for a testimonial", "got testimonial from Jane Doe", "Jane Doe left a review on G2": a public
 * endorsement asked for or received; a review names its platform when the rep said it.
 */
public record TrackEndorsement(PersonRef person, Endorsement kind, boolean received, Optional<String> platform)
        implements Command {
    public TrackEndorsement {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(platform, "platform");
    }

    /** A testimonial or recommendation, which has no platform. */
    public TrackEndorsement(PersonRef person, Endorsement kind, boolean received) {
        this(person, kind, received, Optional.empty());
    }
}
