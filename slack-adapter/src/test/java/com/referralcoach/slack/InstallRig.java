package com.referralcoach.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The bot installable through OAuth in HTTP mode on the real engine and store, a fake Slack that hands out tokens,
 * and a browser that follows the install as a person would (redirects not followed, cookies passed by hand).
 */
final class InstallRig implements AutoCloseable {
    /** The bot's and the fake's clock: starts now, so Bolt's own use of the system time agrees with it at first. */
    final TestClock clock = new TestClock(Instant.now());
    final FakeSlackApi api;
    final FakeSlackInstalls slack;
    final Installations installations;
    final SlackBot bot;
    final SignedPost events;
    private final HttpClient browser = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    InstallRig(MongoDatabase db) throws Exception {
        api = new FakeSlackApi();
        slack = api.installs(clock);
        installations = MongoCoachStore.openInstallations(db);
        FileRoutes files = FileRoutes.none();
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, ZoneId.of("UTC"),
                DigestRequests.NONE, files, files, files);
        SlackSettings.OAuth oauth = new SlackSettings.OAuth(FakeSlackInstalls.CLIENT_ID,
                FakeSlackInstalls.CLIENT_SECRET,
                Optional.empty());
        bot = SlackBot.start(SlackSettings.installable(oauth, SlackRig.SIGNING_SECRET, 0, URI.create(api.apiUrl())),
                engine, MongoCoachStore.openInbox(db), installations, clock, files,
                new SlackBot.Tuning(Duration.ofMillis(20), 4, 4, 5, SlackBot.Tuning.defaults().ackFirst()));
        events = new SignedPost(bot.httpPort());
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.httpPort()
                + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A person installs the app in {@code workspace}: /slack/install, approval at Slack, back to the redirect. */
    HttpResponse<String> install(FakeSlackInstalls.Workspace workspace) throws Exception {
        HttpResponse<String> started = get(SlackSettings.OAuth.INSTALL_PATH);
        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String state = cookie.substring(cookie.indexOf('=') + 1);
        return get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + slack.approve(workspace) + "&state=" + state,
                "Cookie", cookie);
    }

    /** The messages posted in {@code channel}, oldest first. */
    List<FakeSlackApi.Call> posts(String channel) {
        return api.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals(channel)).toList();
    }

    /** Why {@code send} failed, or null if it did not. */
    static Throwable failure(CompletableFuture<Void> send) {
        try {
            send.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    /** {@code callback} as Slack sends it from a team of an organisation that installed the app org-wide. */
    static JsonObject orgWide(JsonObject callback, String enterprise) {
        callback.addProperty("enterprise_id", enterprise);
        JsonObject authorization = new JsonObject();
        authorization.addProperty("enterprise_id", enterprise);
        authorization.add("team_id", JsonNull.INSTANCE);
        authorization.addProperty("is_enterprise_install", true);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        callback.add("authorizations", authorizations);
        return callback;
    }

    @Override
    public void close() {
        bot.close();
        api.close();
    }
}
