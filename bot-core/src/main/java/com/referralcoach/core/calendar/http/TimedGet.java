package com.referralcoach.core.calendar.http;

import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.calendar.FeedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One conditional GET, headers and capped body, finished by a deadline shared by all the hops of a read: past it the
 * body stops being read and the exchange is cancelled.
 */
final class TimedGet {
    private final HttpClient client;
    private final long mostBytes;

    TimedGet(HttpClient client, long mostBytes) {
        this.client = client;
        this.mostBytes = mostBytes;
    }

    Exchange send(URI uri, FeedRequest request, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Exchange.of(FeedProblem.TIMED_OUT);
        }
        HttpRequest.Builder get = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
                .header("Accept", "text/calendar, text/plain;q=0.5, */*;q=0.1")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", "ReferralCoach-calendar/1");
        request.etag().ifPresent(etag -> get.header("If-None-Match", etag));
        request.lastModified().ifPresent(date -> get.header("If-Modified-Since", date));
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<CappedBody.Bytes>> sent = client.sendAsync(get.build(), info -> {
            CappedBody capped = new CappedBody(mostBytes);
            body.set(capped);
            return capped;
        });
        try {
            return new Exchange(Optional.of(sent.get(Math.max(1, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS)), Optional.empty());
        } catch (TimeoutException e) {
            Optional.ofNullable(body.get()).ifPresent(CappedBody::stop);
            sent.cancel(true);
            return Exchange.of(FeedProblem.TIMED_OUT);
        } catch (ExecutionException e) {
            boolean timedOut = e.getCause() instanceof HttpTimeoutException;
            return Exchange.of(timedOut ? FeedProblem.TIMED_OUT : FeedProblem.UNREACHABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent.cancel(true);
            return Exchange.of(FeedProblem.UNREACHABLE);
        }
    }

    /** A response, or why there was none. */
    record Exchange(Optional<HttpResponse<CappedBody.Bytes>> response, Optional<FeedProblem> problem) {
        static Exchange of(FeedProblem problem) {
            return new Exchange(Optional.empty(), Optional.of(problem));
        }
    }
}
