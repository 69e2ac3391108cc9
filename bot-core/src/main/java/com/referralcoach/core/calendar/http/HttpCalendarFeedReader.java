package com.referralcoach.core.calendar.http;

import com.referralcoach.core.calendar.CalendarFeedReader;
import com.referralcoach.core.calendar.FeedFetch;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.calendar.FeedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads feeds over HTTP(S) with the JDK's client: a conditional GET (ETag, If-Modified-Since; 304 is "unchanged"),
 * gzip accepted and decoded, redirects followed by hand (at most {@code mostRedirects}, a loop refused), every hop's
 * host resolved and refused when it is a private, loopback, link-local or multicast address (unless local addresses
 * are allowed), the whole read within {@code timeout} and {@code mostBytes}. Logs the host only.
 */
public final class HttpCalendarFeedReader implements CalendarFeedReader {
    private static final Logger LOG = LoggerFactory.getLogger(HttpCalendarFeedReader.class);

    private final FeedReadLimits limits;
    private final TimedGet get;

    public HttpCalendarFeedReader(FeedReadLimits limits) {
        this.limits = limits;
        this.get = new TimedGet(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.timeout()).build(), limits.mostBytes());
    }

    @Override
    public FeedFetch fetch(FeedRequest request) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        URI uri = request.link().uri();
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= limits.mostRedirects(); hop++) {
            if (!seen.add(uri)) {
                return failed(request, FeedProblem.REDIRECT_LOOP);
            }
            Optional<FeedProblem> refused = NetworkAddresses.check(uri, limits.allowLocal());
            if (refused.isPresent()) {
                return failed(request, refused.get());
            }
            TimedGet.Exchange exchange = get.send(uri, request, deadline);
            if (exchange.problem().isPresent()) {
                return failed(request, exchange.problem().get());
            }
            HttpResponse<CappedBody.Bytes> response = exchange.response().orElseThrow();
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                uri = next(uri, location.get());
                continue;
            }
            return answer(request, response);
        }
        return failed(request, FeedProblem.REDIRECT_LOOP);
    }

    private FeedFetch answer(FeedRequest request, HttpResponse<CappedBody.Bytes> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new FeedFetch.Unchanged();
        }
        if (status == 401 || status == 403) {
            return failed(request, FeedProblem.PRIVATE);
        }
        if (status == 404 || status == 410) {
            return failed(request, FeedProblem.NOT_FOUND);
        }
        if (status < 200 || status >= 300) {
            return failed(request, FeedProblem.UNREACHABLE);
        }
        if (response.body().tooBig()) {
            return failed(request, FeedProblem.TOO_BIG);
        }
        boolean gzip = response.headers().allValues("Content-Encoding").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("gzip"));
        Optional<byte[]> body;
        try {
            body = gzip ? gunzip(response.body().bytes()) : Optional.of(response.body().bytes());
        } catch (IOException e) {
            return failed(request, FeedProblem.NOT_A_CALENDAR);
        }
        if (body.isEmpty()) {
            return failed(request, FeedProblem.TOO_BIG);
        }
        return new FeedFetch.Fetched(body.get(), response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified"));
    }

    private static URI next(URI from, String location) {
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return from;
        }
    }

    /** The gzipped body decoded, or empty when it decodes to more than the most bytes read. */
    private Optional<byte[]> gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.mostBytes() + 1));
            return plain.length > limits.mostBytes() ? Optional.empty() : Optional.of(plain);
        }
    }

    private static FeedFetch failed(FeedRequest request, FeedProblem problem) {
        LOG.info("Calendar feed at {} not read: {}", request.link().redacted(), problem);
        return new FeedFetch.Failed(problem);
    }
}
