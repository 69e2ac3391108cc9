package com.referralcoach.app;

import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.port.MessageInbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The chat platforms configured for this process (Slack, Discord), started here so the composition root
 * stays one screen. Each one started is pushed on {@code open} to be closed at shutdown, and joins {@code files}
 * (the engine's file ports) for its workspaces, and adds its connection to {@code checks} (for {@code /readyz}).
 */
final class Platforms {
    private Platforms() {
    }

    /** Starts every platform whose tokens are set; an empty list means: run the terminal chat. */
    static List<ChatPlatform> start(Settings settings, BotEngine engine, MessageInbox inbox, MemberHomes homes,
                                    ActionTexts actionTexts, Installations installations, EventLedger events,
                                    FileRoutes files, Clock clock, Deque<AutoCloseable> open,
                                    PlatformChecks checks) {
        List<ChatPlatform> started = new ArrayList<>();
        // Platform adapters register here, each in its own line: start if configured, add, push to close.
        started.addAll(DiscordStart.startIfConfigured(settings, engine, inbox, homes, actionTexts, files, clock,
                open, checks));
        SlackStart.start(settings, engine, inbox, installations, events, files, clock, open, checks)
                .ifPresent(started::add);
        return started;
    }
}
