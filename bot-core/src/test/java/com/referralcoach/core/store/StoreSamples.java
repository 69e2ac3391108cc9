package com.referralcoach.core.store;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Values the contract tests share: workspaces, a rep, instants of millisecond precision, awkward text. */
public final class StoreSamples {
    public static final WorkspaceId ACME = new WorkspaceId("T-ACME");
    public static final WorkspaceId GLOBEX = new WorkspaceId("T-GLOBEX");
    public static final RepId ANA = new RepId("U-ANA");
    public static final RepId BOB = new RepId("U-BOB");
    public static final Instant T0 = Instant.parse("2025-03-04T09:15:30.123Z");

    /** Text a store must keep literally: operators, regex syntax, emoji, right-to-left scripts, quotes. */
    public static final List<String> HOSTILE = List.of(
            "{\"$gt\": \"\"}", "$where", ".*", "(", "a|b", "^x$", "[a-z]+", "\\Q\\E\\", "'; db.dropDatabase(); //",
            "Zoë 🙂 👩🏽‍💼", "שלום עולם", "محمد علي", "名前 テスト", "tab\there", "new\nline", "a.b", "x{2}", "#-/",
            "nul\u0000byte");

    private StoreSamples() {
    }

    public static Instant at(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    public static Contact contact(WorkspaceId workspace, String name) {
        return new Contact(workspace, ContactId.random(), new PersonName(name), Optional.empty(), Optional.empty(),
                Optional.empty(), T0);
    }
}
