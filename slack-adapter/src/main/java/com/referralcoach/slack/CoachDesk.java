package com.referralcoach.slack;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.reply.Reply;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every rep's words go after Slack has been acked: the engine reads them in the rep's own workspace
 * (the Slack team) with their Slack name, profile zone and admin standing, the answer goes back where they spoke, and their
 * App Home is brought up to date.
 */
final class CoachDesk {
    private static final Logger log = LoggerFactory.getLogger(CoachDesk.class);

    private final BotEngine engine;
    private final SlackPeople people;
    private final SlackViews views;
    private final ConversationQueue queue;
    private final Set<String> homesDue = ConcurrentHashMap.newKeySet();

    CoachDesk(BotEngine engine, SlackPeople people, SlackViews views, ConversationQueue queue) {
        this.engine = engine;
        this.people = people;
        this.views = views;
        this.queue = queue;
    }

    /** Queues {@code text} from {@code user} of {@code team}; {@code answer} posts the engine's reply. */
    void hear(String team, String user, String text, Function<Reply, CompletableFuture<Void>> answer) {
        queue.submit(team + "/" + user, () -> {
            Reply reply = engine.handle(people.said(team, user, text));
            answer.apply(reply).whenComplete((ok, failure) -> {
                if (failure != null) {
                    log.warn("Could not answer {} in workspace {}: {}", user, team, failure.getMessage());
                }
            });
            refreshHome(team, user);
        });
    }

    /** Republishes the rep's App Home; refreshes asked for while one is waiting are folded into it. */
    void refreshHome(String team, String user) {
        String key = team + "/" + user;
        if (!homesDue.add(key)) {
            return;
        }
        views.publishHome(user, () -> {
            homesDue.remove(key);
            return engine.home(new WorkspaceId(team), new RepId(user), people.of(team, user).name());
        }).whenComplete((ok, failure) -> {
            homesDue.remove(key);
            if (failure != null) {
                log.warn("Could not publish the home of {} in workspace {}: {}", user, team, failure.getMessage());
            }
        });
    }
}
