package com.referralcoach.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An amount is shown as a rep would write it: thousands separated, and cents, when there are any, in two digits. */
class MoneyTest {
    @Test
    void centsAreShownInTwoDigitsAndWholeAmountsWithoutAny() {
        assertThat(money("4250.5", "$").display()).isEqualTo("$4,250.50");
        assertThat(money("4250.05", "$").display()).isEqualTo("$4,250.05");
        assertThat(money("12000.00", "$").display()).isEqualTo("$12,000");
        assertThat(money("12500.5", "EUR").display()).isEqualTo("12,500.50 EUR");
        assertThat(new Money(new BigDecimal("8500"), Optional.empty()).display()).isEqualTo("8,500");
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), Optional.of(currency));
    }
}
