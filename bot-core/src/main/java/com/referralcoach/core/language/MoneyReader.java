package com.referralcoach.core.language;

import com.referralcoach.core.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deal amount: "12000", "$12k", "12,500 EUR", "€1.2m". Commas group thousands. A period or recurring-revenue
 * word after it ("12k/yr", "$1,500/mo", "12k a year", "22k ARR", "3k MRR", "12k annually") is how the rep counts the
 * deal: the amount is the one typed, never multiplied.
 */
final class MoneyReader {
    private static final String SYMBOL = "[$€£¥₹]";
    private static final String RECURRING = "arr|mrr|acv";
    private static final String PERIOD = "(?:\\s*/\\s*(?:yr|year|mo|mth|month)"
            + "|\\s+(?:a|an|per|each|every)\\s+(?:year|yr|month|mo)|\\s+per\\s+annum"
            + "|\\s+(?:annually|yearly|monthly)|\\s*(?:" + RECURRING + "))?";
    private static final Pattern AMOUNT = Pattern.compile(
            "^(" + SYMBOL + "|[a-z]{3})?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(k|m|mn|thousand|million)?"
                    + "\\s*(" + SYMBOL + "|(?!(?:" + RECURRING + ")\\b)[a-z]{3})?" + PERIOD + "[\\s.!]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The amount, or an {@link Invalid} quoting what could not be read. */
    Reading<Money> read(String text) {
        Matcher amount = AMOUNT.matcher(text.strip());
        if (!amount.matches()) {
            return unreadable(text);
        }
        Optional<String> currency = currency(amount.group(1), amount.group(5));
        if (currency.isEmpty() && (amount.group(1) != null || amount.group(5) != null)) {
            return unreadable(text);
        }
        String digits = amount.group(2).replace(",", "") + (amount.group(3) == null ? "" : amount.group(3));
        BigDecimal value = new BigDecimal(digits).multiply(multiplier(amount.group(4)));
        return Reading.of(new Money(value, currency));
    }

    private static Optional<String> currency(String before, String after) {
        if (before != null && after != null) {
            return Optional.empty();
        }
        String typed = before != null ? before : after;
        if (typed == null) {
            return Optional.empty();
        }
        if (typed.length() == 1) {
            return Optional.of(typed);
        }
        String code = typed.toUpperCase(Locale.ROOT);
        boolean known = Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
        return known ? Optional.of(code) : Optional.empty();
    }

    private static BigDecimal multiplier(String suffix) {
        if (suffix == null) {
            return BigDecimal.ONE;
        }
        String lower = suffix.toLowerCase(Locale.ROOT);
        return lower.startsWith("k") || lower.equals("thousand") ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000);
    }

    private static Reading<Money> unreadable(String text) {
        return Reading.invalid("I couldn't read '" + text.strip() + "' as an amount.", Examples.WON);
    }
}
