package com.referralcoach.app.console;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The terminal as a chat platform: reminders for the local rep are printed between the chat lines, and channel
 * posts are printed with their attachments saved under the data directory's {@code digests/} folder.
 */
public final class ConsolePlatform implements ChatPlatform {
    private final ConsoleChat chat;
    private final AttachmentFolder digests;

    public ConsolePlatform(ConsoleChat chat, Path dataDirectory) {
        this.chat = chat;
        this.digests = new AttachmentFolder(dataDirectory.resolve("digests"));
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

    /** Saves every attachment first, so a post that fails prints nothing and leaves no file behind. */
    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        List<Path> saved = new ArrayList<>();
        try {
            for (Attachment attachment : attachments) {
                saved.add(digests.save(attachment));
            }
            print(channel, message, attachments, saved);
            return CompletableFuture.completedFuture(null);
        } catch (IOException | RuntimeException e) {
            saved.forEach(ConsolePlatform::deleteQuietly);
            return CompletableFuture.failedFuture(
                    DeliveryFailure.temporary("could not post to the terminal: " + e.getMessage()));
        }
    }

    private void print(ChannelRef channel, Reply message, List<Attachment> attachments, List<Path> saved) {
        String label = channel.label().replaceFirst("^#+", "");
        chat.announce(new Reply("Posted to #" + label + ": " + message.text(), message.fields(), message.actions()));
        for (int i = 0; i < saved.size(); i++) {
            String kind = attachments.get(i).mediaType().startsWith("image/") ? "Chart" : "File";
            chat.announce(Reply.of(kind + " saved: " + saved.get(i)));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure reported is the first one; a stray copy does no harm
        }
    }
}
