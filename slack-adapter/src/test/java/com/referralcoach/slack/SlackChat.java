package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** People of the fake workspace writing to the bot in their DMs over Socket Mode, each answered before the next. */
final class SlackChat {
    private final SlackRig rig;
    private final AtomicInteger events = new AtomicInteger();

    SlackChat(SlackRig rig) {
        this.rig = rig;
    }

    /** Sends {@code text} (in Slack's markup) as {@code user}'s DM; returns the bot's answer there as they read it. */
    String say(String user, String text) {
        String dm = "D" + user;
        int before = postsIn(dm).size();
        int event = events.incrementAndGet();
        rig.socket.send("env-chat-" + event, "events_api",
                SlackPayloads.directMessage(TEAM, user, text, "EvChat" + event), 0);
        List<FakeSlackApi.Call> posts = await().atMost(Duration.ofSeconds(10))
                .until(() -> postsIn(dm), all -> all.size() > before);
        return SeenInSlack.text(posts.get(before));
    }

    /** The bot's chat.postMessage calls in {@code channel}, in the order Slack got them. */
    List<FakeSlackApi.Call> postsIn(String channel) {
        return rig.api.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals(channel)).toList();
    }
}
