package com.referralcoach.slack;

import com.referralcoach.core.reply.Attachment;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Shares files in a channel the way Slack asks now: files.getUploadURLExternal for each, the bytes to the URL it
 * gives, then one files.completeUploadExternal into the channel (the SDK's filesUploadV2), paced with the
 * channel's other messages.
 */
final class SlackUploads {
    private static final int TITLE = 250;
    private static final int ALT_TEXT = 1000;

    private final SlackCalls calls;
    private final ChannelPacer pacer;

    SlackUploads(SlackCalls calls, ChannelPacer pacer) {
        this.calls = calls;
        this.pacer = pacer;
    }

    CompletableFuture<Void> share(String team, String channel, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return pacer.send(channel, () -> calls.run(team, "filesUploadV2", m -> m.filesUploadV2(r -> r
                .channel(channel).requestFileInfo(false)
                .uploadFiles(attachments.stream().map(SlackUploads::file).toList())))).thenApply(r -> null);
    }

    private static FilesUploadV2Request.UploadFile file(Attachment attachment) {
        String description = attachment.description().strip();
        return FilesUploadV2Request.UploadFile.builder()
                .filename(attachment.fileName())
                .title(cut(description.isEmpty() ? attachment.fileName() : description, TITLE))
                .altTxt(description.isEmpty() ? null : cut(description, ALT_TEXT))
                .fileData(attachment.bytes())
                .build();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
