package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalPeriod;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatParserGoalTest {

    static Stream<Arguments> goals() {
        return Stream.of(
                arguments("goal 5 asks per week", null, GoalMetric.ASKS, 5, GoalPeriod.WEEK),
                arguments("my goal is 3 referrals a month", null, GoalMetric.REFERRALS, 3, GoalPeriod.MONTH),
                arguments("set goal 5 referrals this month", null, GoalMetric.REFERRALS, 5, GoalPeriod.MONTH),
                arguments("Set a goal of 10 asks per week", null, GoalMetric.ASKS, 10, GoalPeriod.WEEK),
                arguments("set my goal to 2 referrals given weekly", null, GoalMetric.REFERRALS_GIVEN, 2,
                        GoalPeriod.WEEK),
                arguments("team East goal 20 referrals per month", "East", GoalMetric.REFERRALS, 20,
                        GoalPeriod.MONTH));
    }

    @ParameterizedTest
    @MethodSource("goals")
    void readsTheTargetTheMetricAndThePeriod(String text, String team, GoalMetric metric, int target,
                                             GoalPeriod period) {
        assertThat(parse(text)).isEqualTo(new SetGoal(Optional.ofNullable(team), metric, target, period));
    }

    @Test
    void aGoalWithoutItsPeriodAsksForIt() {
        assertThat(parse("set a goal of 5 referrals")).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).isEqualTo("Per week or per month? Say the period too."));
    }
}
