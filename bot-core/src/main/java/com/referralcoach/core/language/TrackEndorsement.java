package com.referralcoach.core.language;

import com.referralcoach.core.domain.Endorsement;
import java.util.Objects;

/** "asked Jane Doe for a testimonial", "got testimonial from Jane Doe": a public endorsement asked for or received. */
public record TrackEndorsement(PersonRef person, Endorsement kind, boolean received) implements Command {
    public TrackEndorsement {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
    }
}
