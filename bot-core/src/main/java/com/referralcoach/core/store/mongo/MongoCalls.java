package com.referralcoach.core.store.mongo;

import com.mongodb.MongoException;
import com.referralcoach.core.ReferralCoachException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Runs driver calls, turning driver failures into {@link ReferralCoachException}s that name what failed. */
final class MongoCalls {
    private static final Pattern USER_INFO = Pattern.compile("(mongodb(?:\\+srv)?://)[^@/\\s]*@");

    private MongoCalls() {
    }

    static <T> T get(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw failure(what, e);
        }
    }

    static ReferralCoachException failure(String what, MongoException e) {
        return new ReferralCoachException("MongoDB could not " + what + ": " + describe(e), e);
    }

    static void run(String what, Runnable call) {
        get(what, () -> {
            call.run();
            return null;
        });
    }

    /** The driver's message, minus any user name and password of a connection string. */
    static String describe(MongoException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return USER_INFO.matcher(message).replaceAll("$1***@") + " (code " + e.getCode() + ")";
    }
}
