package com.referralcoach.core.engine;

import com.referralcoach.core.port.PersonFootprint;
import java.util.ArrayList;
import java.util.List;

/** "the contact, 2 meetings, 1 ask, 1 referral (as referrer or lead), 3 reminders, ..." for a person's erasure. */
final class ErasureText {
    private ErasureText() {
    }

    static String of(PersonFootprint f) {
        List<String> parts = new ArrayList<>(List.of("the contact"));
        add(parts, f.meetings(), "meeting", "");
        add(parts, f.asks(), "ask", "");
        add(parts, f.referrals(), "referral", " (as referrer or lead)");
        add(parts, f.reminders(), "reminder", "");
        add(parts, f.events(), "relationship event", "");
        add(parts, f.waiting(), "waiting message", " that mentions them");
        add(parts, f.undoRecords(), "undo record", "");
        add(parts, f.importLedgers(), "import record", "");
        add(parts, f.mentions(), "other mention", " (open questions, buttons)");
        if (parts.size() == 1) {
            return "the contact (nothing else holds them)";
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, long count, String what, String note) {
        if (count > 0) {
            parts.add(ExportHandler.count(count, what) + (count == 1 ? note : note.replace("mentions", "mention")));
        }
    }
}
