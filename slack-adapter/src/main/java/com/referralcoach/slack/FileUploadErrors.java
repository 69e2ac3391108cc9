package com.referralcoach.slack;

import com.referralcoach.core.port.DeliveryFailure;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.time.Duration;

/**
 * Reads the step of Slack's external upload that went wrong out of the SDK's upload exception: an error code of
 * files.getUploadURLExternal or files.completeUploadExternal, or the HTTP status of the upload itself.
 */
final class FileUploadErrors {
    private FileUploadErrors() {
    }

    static DeliveryFailure translate(String method, SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
            return SlackCalls.answered("files.completeUploadExternal", e.getCompleteResponse().getError());
        }
        for (FilesGetUploadURLExternalResponse asked : e.getGetURLResponses()) {
            if (!asked.isOk()) {
                return SlackCalls.answered("files.getUploadURLExternal", asked.getError());
            }
        }
        for (FilesUploadV2Response.UploadResponse upload : e.getUploadResponses().values()) {
            int status = upload.getCode();
            if (status == 429) {
                return DeliveryFailure.rateLimited(Duration.ofSeconds(1));
            }
            if (status / 100 != 2) {
                String message = method + ": the upload answered HTTP " + status;
                return status >= 500 ? DeliveryFailure.temporary(message) : DeliveryFailure.permanent(message);
            }
        }
        return DeliveryFailure.temporary(method + " failed");
    }
}
