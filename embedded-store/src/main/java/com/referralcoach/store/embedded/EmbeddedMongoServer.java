package com.referralcoach.store.embedded;

import com.referralcoach.core.ReferralCoachException;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server on 127.0.0.1 keeping its data in one H2 file under a data directory,
 * with every acknowledged write in that file or in the journal beside it (replayed at the next start).
 * Only one process can open a data directory.
 */
public final class EmbeddedMongoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String FILE_NAME = "referral-coach.mv";
    /** MB of pages H2 keeps in memory (its default is 16); index lookups on a large store miss less. */
    private static final int CACHE_MB = 64;
    private static final String HOST = "127.0.0.1";
    /** How often the H2 file is committed; each acknowledged write is in the journal until then. */
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

    private final MongoServer server;
    private final JournaledH2Backend backend;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoServer(MongoServer server, JournaledH2Backend backend, InetSocketAddress address, Path file) {
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.file = file;
    }

    /** Starts on a free port; see {@link #start(Path, int)}. */
    public static EmbeddedMongoServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** Starts on {@code port} (0: any free port), creating {@code dataDirectory} if needed. */
    public static EmbeddedMongoServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, CHECKPOINT_EVERY);
    }

    /** As {@link #start(Path, int)}, committing the H2 file every {@code checkpointEvery}. */
    static EmbeddedMongoServer start(Path dataDirectory, int port, Duration checkpointEvery) {
        return start(dataDirectory, port, checkpointEvery, JournalChannels.FILES);
    }

    /** As {@link #start(Path, int, Duration)}, opening the journal's file through {@code channels}. */
    static EmbeddedMongoServer start(Path dataDirectory, int port, Duration checkpointEvery,
                                     JournalChannels channels) {
        MVStore store = openStore(dataDirectory);
        JournaledH2Backend backend;
        JournalFile journal = null;
        try {
            journal = JournalFile.open(dataDirectory, channels);
            backend = JournaledH2Backend.open(store, journal, checkpointEvery);
        } catch (RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            store.closeImmediately();
            throw new ReferralCoachException("cannot open the embedded store in " + dataDirectory + ": "
                    + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
            return new EmbeddedMongoServer(server, backend, server.getLocalAddress(), dataDirectory.resolve(FILE_NAME));
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new ReferralCoachException("cannot serve the embedded MongoDB on " + HOST + ":" + port, e);
        }
    }

    /** How the driver reaches this server, e.g. {@code mongodb://127.0.0.1:40123}. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort();
    }

    /** The H2 file holding the data. */
    public Path file() {
        return file;
    }

    public int port() {
        return address.getPort();
    }

    /**
     * Stops serving, then closes the file (which writes anything still pending). A file that is mostly unused
     * pages is then compacted: H2 copies its live pages to a new file and renames it over the old one in one
     * step, so a crash meanwhile leaves the closed file as it was.
     */
    @Override
    public void close() {
        server.shutdownNow();
        if (backend.worthCompacting()) {
            compact();
        }
    }

    private void compact() {
        long before = file.toFile().length();
        long start = System.nanoTime();
        try {
            MVStoreTool.compact(file.toString(), false);
            LOG.info("Compacted the embedded store's file from {} MB to {} MB in {} ms", before >> 20,
                    file.toFile().length() >> 20, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Could not compact the embedded store's file {}; it stays as it was", file, e);
        }
    }

    /** For tests: stops as a killed process would, leaving the file and the journal as they are. */
    void crash() {
        backend.crash();
        server.shutdownNow();
    }

    private static MVStore openStore(Path dataDirectory) {
        Path file = createDirectories(dataDirectory).resolve(FILE_NAME);
        try {
            // H2 commits nothing by itself: only checkpoints do, with no command half done (JournaledH2Backend).
            return new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB)
                    .autoCommitDisabled().autoCommitBufferSize(0).open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new ReferralCoachException("the data directory " + dataDirectory
                        + " is in use by another Referral Coach process; only one process can open it."
                        + " Run a second process against the first one by setting MONGODB_URI to its"
                        + " embedded server's connection string", e);
            }
            throw new ReferralCoachException("cannot open the embedded store " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path createDirectories(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new ReferralCoachException("cannot create the data directory " + dataDirectory, e);
        }
    }
}
