package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.port.ContactFill;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** What an import does with one row: create a person, complete a known one, or skip the row with a reason. */
sealed interface RowPlan {
    /** A new contact, with the dates to record for them. */
    record Create(Contact contact, Optional<MonthDay> birthday, Optional<LocalDate> customerSince) implements RowPlan {
    }

    /** A known contact, with what they lacked (possibly nothing) and the dates they had no value for. */
    record Complete(Contact contact, ContactFill fill, Optional<MonthDay> birthday,
                    Optional<LocalDate> customerSince) implements RowPlan {
    }

    /** A row that is not imported: "line 17: no name". */
    record Skip(String place, String reason) implements RowPlan {
        String said() {
            return place + ": " + reason;
        }
    }
}
