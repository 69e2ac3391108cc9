package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file backend with a write-ahead journal: a command's document changes are added to the
 * {@link JournalFile} as they are made and written to it before its reply goes out, so a write the client saw
 * acknowledged survives the process being killed, or the machine losing power, right after (the journal is forced to
 * the disk; so is the file at each checkpoint). The H2 file itself is committed only at checkpoints (about once a
 * second, and for every change of collections or indexes), with no command running; a checkpoint stores its
 * generation in the file in the same commit and then empties the journal. At open, a journal of the file's
 * generation holds exactly the changes made since its last commit and is replayed. H2 commits nothing on its own
 * (its background writer is off), so the file never holds part of a journal. Its databases serve queries from
 * non-unique indexes too ({@link IndexedH2Database}).
 * <p>
 * Fail-stop: an I/O error in the journal or at a checkpoint fails the commands waiting on it and stops the backend
 * taking writes: every later write command fails with that error, and no checkpoint runs, until the store is opened
 * again (reads go on). Closing it then leaves the file and the journal as a crash would; the next open recovers every
 * acknowledged write from them.
 */
final class JournaledH2Backend extends H2Backend {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledH2Backend.class);
    /** Commands that change collections or indexes rather than documents: the H2 file is committed at once. */
    private static final Set<String> SCHEMA_COMMANDS = Set.of("createindexes", "create", "drop", "dropindexes",
            "dropdatabase", "renamecollection");
    /** Commands that only read: they run beside a checkpoint rather than wait for it. */
    private static final Set<String> READ_COMMANDS = Set.of("find", "getmore", "count", "distinct", "listindexes",
            "listcollections", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "killcursors",
            "endsessions");
    private static final String GENERATION_MAP = "referral-coach.journal";
    private static final String GENERATION = "generation";
    /** A journal this large is checkpointed at once rather than at the next tick. */
    private static final long CHECKPOINT_BYTES = 32L << 20;
    /** Chunks of the file less full than this (percent) are rewritten at checkpoints, so the file does not grow. */
    private static final int FILL_RATE = 60;
    private static final int COMPACT_BYTES = 1 << 20;
    private static final int IDLE_COMPACT_BYTES = 8 << 20;
    /** A file whose chunks hold less than this (percent) of live pages is compacted at a clean close. */
    private static final int COMPACT_BELOW_FILL_RATE = 50;

    /** Commands hold it shared; a checkpoint holds it alone, so it commits no command's half. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final AtomicBoolean checkpointAsked = new AtomicBoolean();
    private JournalFile journal;
    private ScheduledExecutorService checkpoints;
    private volatile boolean crashed;
    private volatile boolean worthCompacting;
    /** The I/O error that stopped writes (see the class comment), or null. */
    private volatile RuntimeException stopped;

    private JournaledH2Backend(MVStore store) {
        super(store);
    }

    // No initializer: the superclass constructor already opens the file's databases through the method below.
    private volatile List<IndexedH2Database> databases;

    /**
     * Opens the backend on {@code store} (opened with H2's auto-commit off), replays {@code journal} if it belongs to
     * the file, checkpoints, and from then on checkpoints every {@code checkpointEvery}.
     */
    static JournaledH2Backend open(MVStore store, JournalFile journal, Duration checkpointEvery) {
        JournaledH2Backend backend = new JournaledH2Backend(store);
        backend.journal = journal;
        backend.recover();
        backend.checkpoints = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        long every = checkpointEvery.toMillis();
        backend.checkpoints.scheduleWithFixedDelay(backend::checkpointQuietly, every, every, TimeUnit.MILLISECONDS);
        return backend;
    }

    @Override
    protected synchronized MongoDatabase openOrCreateDatabase(String databaseName) {
        IndexedH2Database database = IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
        if (databases == null) {
            databases = new CopyOnWriteArrayList<>();
        }
        databases.add(database);
        return database;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (READ_COMMANDS.contains(name) || gate.getReadHoldCount() > 0 || gate.isWriteLockedByCurrentThread()) {
            // a read, or a command run by a command: its changes go with the outer one's
            return super.handleCommand(channel, database, command, query);
        }
        refuseIfStopped();
        if (SCHEMA_COMMANDS.contains(name)) {
            return changeSchema(channel, database, command, query);
        }
        gate.readLock().lock();
        DocumentChanges.start(journal);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            DocumentChanges.stop();
            try {
                flushJournal(journal.added());
            } finally {
                gate.readLock().unlock();
            }
        }
    }

    /** Makes the changes added so far (this command's among them) durable in the journal, before the reply. */
    private void flushJournal(long mark) {
        try {
            journal.flush(mark);
        } catch (IOException e) {
            throw stop("cannot write the store's journal", e);
        }
        if (journal.size() > CHECKPOINT_BYTES && checkpointAsked.compareAndSet(false, true)) {
            try {
                checkpoints.execute(this::checkpointQuietly);
            } catch (RejectedExecutionException closing) {
                checkpointAsked.set(false); // closing: the last checkpoint comes with the close
            }
        }
    }

    private Document changeSchema(Channel channel, String database, String command, Document query) {
        gate.writeLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            try {
                checkpoint();
            } catch (RuntimeException e) {
                throw stop("cannot checkpoint the store", e);
            } finally {
                gate.writeLock().unlock();
            }
        }
    }

    /**
     * Stops the backend taking writes because of {@code cause} (the first cause is kept) and returns the error the
     * failing command answers with.
     */
    private MongoServerException stop(String what, Exception cause) {
        synchronized (this) {
            if (stopped == null) {
                stopped = new IllegalStateException(what + ": " + cause.getMessage(), cause);
                LOG.error("The embedded store takes no more writes until it is opened again: {}", what, cause);
            }
        }
        return refusal();
    }

    private void refuseIfStopped() {
        if (stopped != null) {
            throw refusal();
        }
    }

    private MongoServerException refusal() {
        return new MongoServerException("the embedded store stopped taking writes after an I/O error ("
                + stopped.getMessage() + "); nothing after it was saved. Free disk space or fix the disk, then"
                + " restart Referral Coach: every write acknowledged before is kept");
    }

    /** Replays the journal if it holds the changes made since the file's last commit; then checkpoints. */
    private void recover() {
        if (journal.generation() == generation()) {
            List<ByteBuffer> frames = journal.frames();
            try {
                frames.forEach(frame -> DocumentChanges.replay(frame, this::resolveDatabase));
            } catch (RuntimeException e) {
                throw new IllegalStateException("the journal " + JournalFile.FILE_NAME + " cannot be replayed ("
                        + e.getMessage() + "); to start without the writes it holds, move it out of the data"
                        + " directory", e);
            }
            if (!frames.isEmpty()) {
                LOG.info("Replayed {} document changes from the store's journal", frames.size());
            }
        }
        checkpointAlone();
    }

    private void checkpointAlone() {
        gate.writeLock().lock();
        try {
            checkpoint();
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * The checkpoint thread's tick: a checkpoint if anything was written since the last, else (the store idle)
     * H2's housekeeping, which its own background writer would have done: partly empty chunks are rewritten so
     * their space is used again.
     */
    private void checkpointQuietly() {
        checkpointAsked.set(false);
        if (crashed || stopped != null) {
            return;
        }
        gate.writeLock().lock();
        try {
            if (stopped == null && (journal.hasFrames() || getMvStore().compact(FILL_RATE, IDLE_COMPACT_BYTES))) {
                checkpoint();
            }
        } catch (RuntimeException e) {
            stop("cannot checkpoint the store", e);
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Commits the H2 file with the next generation, then restarts the journal at it. Holds the gate alone. A crash
     * before the commit leaves the file and the journal as they were (replayed at open); one after it leaves a
     * journal of an older generation, all of it in the file (ignored at open).
     */
    private void checkpoint() {
        List<IndexedH2Database> open = databases;
        if (open != null) {
            open.forEach(IndexedH2Database::markBuilt); // any index built so far is whole now
        }
        MVStore store = getMvStore();
        long next = generation() + 1;
        generations().put(GENERATION, next);
        store.compact(FILL_RATE, COMPACT_BYTES);
        store.commit();
        // On the disk before the journal goes: a power cut now must find the file holding what the journal held.
        store.sync();
        try {
            journal.restart(next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the store's journal", e);
        }
    }

    private long generation() {
        Long generation = generations().get(GENERATION);
        return generation == null ? 0 : generation;
    }

    private MVMap<String, Long> generations() {
        return getMvStore().openMap(GENERATION_MAP);
    }

    /** Checkpoints and closes the file and the journal (after {@link #crash()}: only lets go of them). */
    @Override
    public void close() {
        if (checkpoints != null) {
            checkpoints.shutdown(); // a checkpoint under way finishes; none starts
            try {
                checkpoints.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (stopped != null && !crashed) {
            crash(); // a checkpoint now could commit writes that were never acknowledged; the next open recovers
        }
        if (!crashed) {
            checkpointAlone();
            worthCompacting = getMvStore().getFileStore().getChunksFillRate() < COMPACT_BELOW_FILL_RATE;
        }
        super.close();
        journal.close();
    }

    /**
     * Whether the file, closed cleanly, is mostly pages no longer used: H2 reuses little of that space while it
     * runs, and gives it back only when the file is copied (see {@link EmbeddedMongoServer#close()}).
     */
    boolean worthCompacting() {
        return worthCompacting;
    }

    /** For tests: lets go of the file and the journal as a killed process would, writing nothing more. */
    void crash() {
        crashed = true;
        if (checkpoints != null) {
            checkpoints.shutdownNow();
        }
        gate.writeLock().lock();
        try {
            getMvStore().closeImmediately();
        } finally {
            gate.writeLock().unlock();
        }
    }
}
