package com.referralcoach.core.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The review platforms reps name, by the name they go by: "g2", "google", "trust pilot". */
public enum ReviewSite {
    GOOGLE("Google", "google"),
    G2("G2", "g2(?:\\s*crowd)?"),
    CAPTERRA("Capterra", "capterra"),
    TRUSTPILOT("Trustpilot", "trust\\s*pilot"),
    YELP("Yelp", "yelp"),
    CLUTCH("Clutch", "clutch"),
    FACEBOOK("Facebook", "facebook"),
    TRIPADVISOR("Tripadvisor", "trip\\s*advisor");

    private final String label;
    private final Pattern pattern;

    ReviewSite(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    public String label() {
        return label;
    }

    /** The first platform {@code text} names, if any. */
    public static Optional<ReviewSite> in(String text) {
        ReviewSite first = null;
        int at = Integer.MAX_VALUE;
        for (ReviewSite site : values()) {
            Matcher m = site.pattern.matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = site;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The platform of a label as stored ("G2"), if it is one. */
    public static Optional<ReviewSite> ofLabel(String label) {
        for (ReviewSite site : values()) {
            if (site.label.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }
}
