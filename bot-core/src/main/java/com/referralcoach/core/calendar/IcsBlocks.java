package com.referralcoach.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A feed cut into its calendar properties and its top-level components, each as its own small calendar text, for
 * when the whole feed won't parse: then each event is parsed on its own and only the broken ones are lost.
 */
record IcsBlocks(String header, List<String> zones, List<String> events) {
    private static final String CRLF = "\r\n";

    static IcsBlocks of(String text) {
        StringBuilder header = new StringBuilder();
        List<String> zones = new ArrayList<>();
        List<String> events = new ArrayList<>();
        StringBuilder block = null;
        boolean zone = false;
        int depth = 0;
        for (String line : text.split("\r\n|\n|\r")) {
            String upper = line.toUpperCase(Locale.ROOT).strip();
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            if (!continuation && upper.startsWith("BEGIN:")) {
                depth++;
                if (depth == 2) {
                    block = new StringBuilder();
                    zone = upper.equals("BEGIN:VTIMEZONE");
                }
            }
            if (depth >= 2 && block != null) {
                block.append(line).append(CRLF);
            } else if (depth == 1 && (continuation || !upper.startsWith("BEGIN:") && !upper.startsWith("END:"))) {
                header.append(line).append(CRLF);
            }
            if (!continuation && upper.startsWith("END:")) {
                if (depth == 2 && block != null) {
                    (zone ? zones : events).add(block.toString());
                    block = null;
                }
                depth = Math.max(0, depth - 1);
            }
        }
        return new IcsBlocks(header.toString(), List.copyOf(zones), List.copyOf(events));
    }

    /** A calendar holding the feed's properties and these components. */
    String calendar(List<String> components) {
        return "BEGIN:VCALENDAR" + CRLF + header + String.join("", components) + "END:VCALENDAR" + CRLF;
    }
}
