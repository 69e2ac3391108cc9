package com.referralcoach.core.language;

import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import java.util.Objects;
import java.util.Optional;

/** "Tom Lee contacted", "Tom Lee won $12k", "Tom Lee lost - budget cut". */
public record MoveLead(PersonRef lead, LeadStage stage, Optional<Money> amount, Optional<String> note)
        implements Command {
    public MoveLead {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(note, "note");
    }
}
