package com.referralcoach.slack;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.port.DeliveryFailure;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a Slack user is, from users.info, remembered a few minutes per (team, user): the name to greet, the
 * profile's time zone, and whether they are a workspace admin or owner (who may name managers).
 */
final class SlackPeople {
    static final Duration REMEMBERED = Duration.ofMinutes(5);

    /** A user's name, their time zone when their profile has one, and whether they run the workspace. */
    record Person(String name, Optional<ZoneId> zone, boolean admin) {
        static final Person UNKNOWN = new Person("", Optional.empty(), false);
    }

    private record Known(Person person, Instant until) {
    }

    private final SlackCalls calls;
    private final Clock clock;
    private final Duration remembered;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    SlackPeople(SlackCalls calls, Clock clock) {
        this(calls, clock, REMEMBERED);
    }

    SlackPeople(SlackCalls calls, Clock clock, Duration remembered) {
        this.calls = calls;
        this.clock = clock;
        this.remembered = remembered;
    }

    /** What {@code user} said, as the engine reads it: with their name, zone hint and admin standing. */
    IncomingMessage said(String team, String user, String text) {
        Person person = of(team, user);
        return new IncomingMessage(new WorkspaceId(team), new RepId(user), person.name(), text, person.zone(),
                person.admin());
    }

    /**
     * The user as Slack describes them. If Slack cannot be asked now: what was known before, but never an admin
     * (asked again next time).
     */
    Person of(String team, String user) {
        String key = team + "/" + user;
        Instant now = clock.instant();
        Known cached = known.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.person();
        }
        try {
            User found = calls.run(team, "users.info", m -> m.usersInfo(r -> r.user(user))).getUser();
            boolean admin = found.isAdmin() || found.isOwner() || found.isPrimaryOwner();
            Person person = new Person(name(found), zone(found.getTz()), admin);
            known.put(key, new Known(person, now.plus(remembered)));
            return person;
        } catch (DeliveryFailure e) {
            return cached == null ? Person.UNKNOWN
                    : new Person(cached.person().name(), cached.person().zone(), false);
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
