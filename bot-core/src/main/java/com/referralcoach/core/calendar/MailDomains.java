package com.referralcoach.core.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an address's domain says: free mail (anyone's, so always outside the team and never a company), a room or
 * resource calendar, or the company it belongs to ("vela.io" is Vela, "acme-corp.co.uk" is Acme Corp).
 */
final class MailDomains {
    /** Free-mail providers under any country domain (yahoo.fr, hotmail.co.uk, gmx.de…). */
    private static final Set<String> FREE_MAIL_BRANDS = Set.of("gmail", "googlemail", "hotmail", "outlook", "live",
            "msn", "yahoo", "ymail", "rocketmail", "icloud", "aol", "gmx", "yandex", "protonmail");
    private static final Set<String> FREE_MAIL = Set.of("me.com", "mac.com", "proton.me", "pm.me", "mail.com",
            "web.de", "t-online.de", "freenet.de", "zoho.com", "zohomail.com", "mail.ru", "inbox.ru", "bk.ru",
            "list.ru", "qq.com", "163.com", "126.com", "sina.com", "naver.com", "hanmail.net", "fastmail.com",
            "fastmail.fm", "hey.com", "tutanota.com", "tuta.io", "comcast.net", "verizon.net", "att.net",
            "sbcglobal.net", "btinternet.com", "sky.com", "virginmedia.com", "orange.fr", "free.fr", "laposte.net",
            "sfr.fr", "wanadoo.fr", "libero.it", "virgilio.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl",
            "bigpond.com", "optusnet.com.au", "rediffmail.com", "uol.com.br", "bol.com.br", "terra.com.br");
    /** The domains of calendars that are rooms and resources, not people. */
    private static final Set<String> ROOM_DOMAINS = Set.of("resource.calendar.google.com",
            "group.calendar.google.com", "group.v.calendar.google.com", "import.calendar.google.com");
    /** Second-level labels that belong to the country's suffix ("co" in acme-corp.co.uk). */
    private static final Set<String> SUFFIX_LABELS = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ltd",
            "plc", "gv", "or", "ne", "go", "gob", "nom", "biz", "info", "me", "sch", "mil");

    private MailDomains() {
    }

    static boolean freeMail(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        String[] labels = lower.split("\\.");
        return FREE_MAIL.contains(lower) || labels.length >= 2 && FREE_MAIL_BRANDS.contains(labels[0]);
    }

    static boolean room(Attendee attendee) {
        String domain = attendee.domain();
        return attendee.kind() == AttendeeKind.ROOM || attendee.kind() == AttendeeKind.RESOURCE
                || ROOM_DOMAINS.stream().anyMatch(room -> domain.equals(room) || domain.endsWith("." + room));
    }

    /** Whether the domain is one of these or under one of them (eu.acme.com under acme.com). */
    static boolean within(String domain, Set<String> domains) {
        String lower = domain.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> lower.equals(d) || lower.endsWith("." + d));
    }

    /** The company a domain names, in words; none for free mail. */
    static Optional<String> company(String domain) {
        if (freeMail(domain)) {
            return Optional.empty();
        }
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return Optional.empty();
        }
        int name = labels.length - 2;
        boolean countrySuffix = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SUFFIX_LABELS.contains(labels[labels.length - 2]);
        if (countrySuffix) {
            name--;
        }
        return Optional.of(words(labels[name], false)).filter(w -> !w.isEmpty());
    }

    /** "acme-corp" as "Acme Corp"; "ann.lo2" as "Ann Lo" when digits are dropped (a person's name). */
    static String words(String label, boolean dropDigits) {
        return Arrays.stream(label.split("[-_.+\\s]+")).map(w -> dropDigits ? w.replaceAll("\\d+", "") : w)
                .filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
    }
}
