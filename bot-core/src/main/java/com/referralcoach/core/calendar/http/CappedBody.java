package com.referralcoach.core.calendar.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body up to a number of bytes; past it, stops reading and says the body was too big. */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
    /** The body, or {@code tooBig} with what was read before stopping. */
    record Bytes(byte[] bytes, boolean tooBig) {
    }

    private final long most;
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(long most) {
        this.most = most;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (read.size() + (long) buffer.remaining() > most) {
                stop();
                body.complete(new Bytes(new byte[0], true));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            read.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(new Bytes(read.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return body;
    }

    /** Stops reading: the server is too slow or sends too much. */
    void stop() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
