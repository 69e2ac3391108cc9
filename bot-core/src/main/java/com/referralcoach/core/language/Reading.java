package com.referralcoach.core.language;

import java.util.Optional;
import java.util.function.Function;

/** A value read from a message, or the reason it could not be read. */
record Reading<T>(Optional<T> value, Optional<Invalid> problem) {

    static <T> Reading<T> of(T value) {
        return new Reading<>(Optional.of(value), Optional.empty());
    }

    static <T> Reading<T> invalid(String reason, String example) {
        return new Reading<>(Optional.empty(), Optional.of(new Invalid(reason, example)));
    }

    static <T> Reading<T> failedAs(Reading<?> failed) {
        return new Reading<>(Optional.empty(), failed.problem());
    }

    boolean failed() {
        return problem.isPresent();
    }

    T get() {
        return value.orElseThrow();
    }

    <R> Reading<R> then(Function<T, Reading<R>> next) {
        return failed() ? failedAs(this) : next.apply(get());
    }

    /** The command built from the value, or the {@link Invalid} explaining why there is none. */
    Command toCommand(Function<T, Command> build) {
        return failed() ? problem.get() : build.apply(get());
    }
}
