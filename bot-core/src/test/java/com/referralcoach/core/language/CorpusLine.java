package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One corpus line, "message TAB expectation", and how a parse measures against it. The expectation is a kind and
 * fields: {@code meeting person=Ann Lo; company=Vela; topic~pricing} ("=" equal ignoring case and accents, "~"
 * contains); {@code company} is the company of the command's last person (a referral's lead), {@code start} and
 * {@code end} a meeting's times in the corpus zone. {@code unsure meeting
 * ...} expects the reading held for confirmation; {@code several A || B} two commands in order; {@code unknown} and
 * {@code invalid} nothing saved. A person the command names must be listed, and a company it names must be listed.
 */
record CorpusLine(String family, String message, String expectation) {

    /** How a parse measures: the expected reading, safe (not saved: unsure or not understood), or a misreading. */
    enum Verdict { UNDERSTOOD, SAFE, MISREAD }

    Verdict judge(Command actual, ZoneId zone) {
        String[] words = expectation.strip().split("\\s+", 2);
        String kind = words[0];
        String rest = words.length > 1 ? words[1] : "";
        return switch (kind) {
            case "unknown" -> actual instanceof Unknown || actual instanceof Invalid ? Verdict.UNDERSTOOD
                    : actual instanceof Unsure ? Verdict.SAFE : Verdict.MISREAD;
            case "invalid" -> actual instanceof Invalid ? Verdict.UNDERSTOOD
                    : notSaved(actual) ? Verdict.SAFE : Verdict.MISREAD;
            case "unsure" -> actual instanceof Unsure unsure
                    ? (matches(unsure.reading(), rest, zone) ? Verdict.UNDERSTOOD : Verdict.SAFE)
                    : notSaved(actual) ? Verdict.SAFE : matches(actual, rest, zone) ? Verdict.UNDERSTOOD : Verdict.MISREAD;
            case "several" -> several(actual, rest, zone);
            default -> matches(actual, expectation, zone) ? Verdict.UNDERSTOOD
                    : notSaved(actual) ? Verdict.SAFE : Verdict.MISREAD;
        };
    }

    private static boolean notSaved(Command actual) {
        return actual instanceof Unsure || actual instanceof Unknown || actual instanceof Invalid;
    }

    private static Verdict several(Command actual, String parts, ZoneId zone) {
        List<String> expected = List.of(parts.split("\\s*\\|\\|\\s*"));
        if (actual instanceof Several several) {
            boolean all = several.commands().size() == expected.size();
            for (int i = 0; all && i < expected.size(); i++) {
                all = matches(several.commands().get(i), expected.get(i), zone);
            }
            return all ? Verdict.UNDERSTOOD : Verdict.MISREAD;
        }
        if (notSaved(actual) || expected.stream().anyMatch(one -> matches(actual, one, zone))) {
            return Verdict.SAFE;
        }
        return Verdict.MISREAD;
    }

    /** True when the command is of the kind and every listed field matches, and no person or company is unlisted. */
    static boolean matches(Command actual, String expected, ZoneId zone) {
        String[] words = expected.strip().split("\\s+", 2);
        if (!CommandFields.kind(actual).equals(words[0])) {
            return false;
        }
        Map<String, String> fields = CommandFields.of(actual, zone);
        Map<String, String> wanted = new LinkedHashMap<>();
        List<String> contained = new ArrayList<>();
        for (String slot : words.length > 1 ? words[1].split("\\s*;\\s*") : new String[0]) {
            int at = slot.indexOf('=') >= 0 && (slot.indexOf('~') < 0 || slot.indexOf('=') < slot.indexOf('~'))
                    ? slot.indexOf('=') : slot.indexOf('~');
            String key = slot.substring(0, at).strip();
            key = switch (key) {
                case "company" -> fields.getOrDefault("@person", "person") + ".company";
                case "start" -> "startsAt";
                case "end" -> "endsAt";
                default -> key;
            };
            wanted.put(key, slot.substring(at + 1).strip());
            if (slot.charAt(at) == '~') {
                contained.add(key);
            }
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            boolean isPerson = field.getKey().endsWith(".company") || CommandFields.isPerson(actual, field.getKey());
            if (isPerson && !wanted.containsKey(field.getKey())) {
                return false;
            }
        }
        for (Map.Entry<String, String> slot : wanted.entrySet()) {
            String value = fields.get(slot.getKey());
            if (value == null || !(contained.contains(slot.getKey()) ? key(value).contains(key(slot.getValue()))
                    : key(value).equals(key(slot.getValue())))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String text) {
        return PersonName.keyOf(text).toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
    }
}
