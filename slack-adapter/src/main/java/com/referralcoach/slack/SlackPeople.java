package com.referralcoach.slack;

import com.referralcoach.core.port.DeliveryFailure;
import com.slack.api.model.User;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Who a Slack user is, from users.info, asked once per user: the name to greet and the profile's time zone. */
final class SlackPeople {
    /** A user's name and, when their profile has one, their time zone. */
    record Person(String name, Optional<ZoneId> zone) {
        static final Person UNKNOWN = new Person("", Optional.empty());
    }

    private final SlackCalls calls;
    private final Map<String, Person> known = new ConcurrentHashMap<>();

    SlackPeople(SlackCalls calls) {
        this.calls = calls;
    }

    /** The user as Slack describes them; if Slack cannot be asked now, an unknown person (asked again next time). */
    Person of(String team, String user) {
        Person cached = known.get(team + "/" + user);
        if (cached != null) {
            return cached;
        }
        try {
            User found = calls.run("users.info", m -> m.usersInfo(r -> r.user(user))).getUser();
            Person person = new Person(name(found), zone(found.getTz()));
            known.put(team + "/" + user, person);
            return person;
        } catch (DeliveryFailure e) {
            return Person.UNKNOWN;
        }
    }

    private static String name(User user) {
        if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
            return user.getProfile().getDisplayName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return user.getName() == null ? "" : user.getName();
    }

    private static Optional<ZoneId> zone(String tz) {
        try {
            return notBlank(tz) ? Optional.of(ZoneId.of(tz)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
