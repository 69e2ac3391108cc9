package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls a new lead's email, phone and need out of "Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help". */
final class ContactDetailsReader {
    private static final int MIN_PHONE_DIGITS = 7;
    private static final Pattern NEED = Pattern.compile("\\s*[—–]+\\s*|\\s+-+\\s+");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]*\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The lead part with contact details removed, and the details found. */
    record LeadText(String person, LeadDetails details) {
    }

    LeadText read(String text) {
        Matcher need = NEED.matcher(text);
        String rest = text;
        Optional<String> needText = Optional.empty();
        if (need.find()) {
            rest = text.substring(0, need.start());
            needText = Notes.note(text.substring(need.end()));
        }
        Matcher email = EMAIL.matcher(rest);
        Optional<String> emailText = Optional.empty();
        if (email.find()) {
            emailText = Optional.of(email.group());
            rest = rest.substring(0, email.start()) + " " + rest.substring(email.end());
        }
        Optional<String> phoneText = Optional.empty();
        Matcher phone = PHONE.matcher(rest);
        while (phoneText.isEmpty() && phone.find()) {
            if (phone.group().chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS) {
                phoneText = Optional.of(phone.group().strip());
                rest = rest.substring(0, phone.start()) + " " + rest.substring(phone.end());
            }
        }
        String person = SPACES.matcher(rest).replaceAll(" ").strip();
        return new LeadText(person, new LeadDetails(emailText, phoneText, needText));
    }
}
