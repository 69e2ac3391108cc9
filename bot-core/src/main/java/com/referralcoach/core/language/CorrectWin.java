package com.referralcoach.core.language;

import com.referralcoach.core.domain.Money;
import java.util.Objects;

/** "actually Ken Adams won $9k": the amount of a lead already won was wrong; no second deal. */
public record CorrectWin(PersonRef lead, Money amount) implements Command {
    public CorrectWin {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(amount, "amount");
    }
}
