package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.export.SpooledExport;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.port.ExportFiles;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An export handed to the rep in their DM with the bot, through Slack's external upload: the zip is written to a
 * temporary file (never held in memory), then files.getUploadURLExternal, the bytes POSTed to the URL it gives, and
 * files.completeUploadExternal into the DM. A zip over {@code mostBytes} (Slack takes files up to 1 GB) is stopped
 * while it is written. The temporary file is deleted whatever happens; a failure is a reply, nothing half sent.
 */
final class SlackExports implements ExportFiles {
    /** The largest file Slack takes. */
    static final long SLACK_MOST_BYTES = 1024L * 1024 * 1024;
    private static final MediaType ZIP = MediaType.get("application/zip");

    private final SlackCalls calls;
    private final ChannelPacer pacer;
    private final SlackOutbox outbox;
    private final OkHttpClient http;
    private final SlackPlatform platform;
    private final long mostBytes;

    SlackExports(SlackCalls calls, ChannelPacer pacer, SlackOutbox outbox, OkHttpClient http, SlackPlatform platform,
                 long mostBytes) {
        this.calls = calls;
        this.pacer = pacer;
        this.outbox = outbox;
        this.http = http;
        this.platform = platform;
        this.mostBytes = mostBytes;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return platform.serves(workspace);
    }

    @Override
    public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
        try (SpooledExport spooled = SpooledExport.write(content, mostBytes)) {
            long size = spooled.size();
            String team = workspace.value();
            String channel = outbox.directChannel(team, rep.value()).join();
            FilesGetUploadURLExternalResponse upload = calls.run(team, "files.getUploadURLExternal",
                    m -> m.filesGetUploadURLExternal(r -> r.filename(fileName).length((int) size)));
            post(upload.getUploadUrl(), spooled.file());
            pacer.send(channel, () -> calls.run(team, "files.completeUploadExternal", m -> m
                    .filesCompleteUploadExternal(
                    r -> r.channelId(channel).files(List.of(FileDetails.builder().id(upload.getFileId())
                            .title(fileName).build()))))).join();
            return "It's in our direct messages: " + fileName + " (" + SlackSizes.of(size) + ")";
        } catch (CompletionException e) {
            throw refused(e.getCause() != null ? e.getCause() : e);
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private void post(String url, Path file) throws IOException {
        Request request = new Request.Builder().url(url).post(RequestBody.create(file.toFile(), ZIP)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw DeliveryFailure.temporary("the upload answered HTTP " + response.code());
            }
        }
    }

    private ReferralCoachException refused(Throwable e) {
        if (e instanceof SpooledExport.TooBig) {
            return new ReferralCoachException("it came to more than the " + SlackSizes.of(mostBytes)
                    + " Slack lets me upload", e);
        }
        if (e instanceof ReferralCoachException known && !(e instanceof DeliveryFailure)) {
            return known;
        }
        String why = e instanceof DeliveryFailure ? e.getMessage() : e.getClass().getSimpleName();
        return new ReferralCoachException("Slack did not take the upload (" + why + ")", e);
    }
}
