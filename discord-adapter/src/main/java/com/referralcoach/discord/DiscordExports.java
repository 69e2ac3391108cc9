package com.referralcoach.discord;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.export.SpooledExport;
import com.referralcoach.core.port.ExportFiles;
import java.io.IOException;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * An export handed to the member as an attachment in their direct messages with the bot: the zip is written to a
 * temporary file (never held in memory), stopped as soon as it outgrows what Discord lets a bot attach
 * ({@code mostBytes}; 10 MB without a server's boosts), then sent and deleted. A failure is a reply; nothing is
 * half sent.
 */
final class DiscordExports implements ExportFiles {
    private final BotShards shards;
    private final DiscordPlatform platform;
    private final long mostBytes;

    DiscordExports(BotShards shards, DiscordPlatform platform, long mostBytes) {
        this.shards = shards;
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
            PrivateChannel channel = shards.any().openPrivateChannelById(rep.value()).complete();
            try (FileUpload zip = FileUpload.fromData(spooled.file().toFile(), fileName)) {
                channel.sendMessage(new MessageCreateBuilder().setContent("Your export: " + fileName)
                        .setFiles(List.of(zip)).setAllowedMentions(DiscordRenderer.NO_MENTIONS).build()).complete();
            }
            return "It's in our direct messages: " + fileName + " ("
                    + DiscordContactFiles.megabytes(spooled.size()) + ")";
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private ReferralCoachException refused(Exception e) {
        if (e instanceof SpooledExport.TooBig) {
            return new ReferralCoachException("it came to more than the " + DiscordContactFiles.megabytes(mostBytes)
                    + " Discord lets me attach", e);
        }
        if (e instanceof ErrorResponseException response) {
            return new ReferralCoachException("Discord did not take the file (" + response.getErrorCode() + " "
                    + response.getMeaning() + ")", e);
        }
        if (e instanceof ReferralCoachException known) {
            return known;
        }
        return new ReferralCoachException("Discord did not take the file (" + e.getClass().getSimpleName() + ")", e);
    }
}
