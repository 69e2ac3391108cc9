package com.referralcoach.app.console;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.reply.Reply;
import java.util.concurrent.CompletableFuture;

/** The terminal as a chat platform: reminders for the local rep are printed between the chat lines. */
public final class ConsolePlatform implements ChatPlatform {
    private final ConsoleChat chat;

    public ConsolePlatform(ConsoleChat chat) {
        this.chat = chat;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return ConsoleChat.WORKSPACE.equals(workspace);
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        String to = chat.isLocalRep(rep) ? "Reminder: " : "Reminder for " + rep.value() + ": ";
        chat.announce(new Reply(to + message.text(), message.fields(), message.actions()));
        return CompletableFuture.completedFuture(null);
    }
}
