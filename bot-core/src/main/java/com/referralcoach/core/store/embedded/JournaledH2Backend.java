package com.referralcoach.core.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, committing the MVStore after every write command before the reply goes out,
 * so a write the client saw acknowledged is in the file even if the process is killed right after.
 * (H2 alone commits about once a second.) {@link MVStore#commit()} serialises concurrent callers.
 * Its databases serve queries from non-unique indexes too ({@link IndexedH2Database}).
 */
final class CommittingH2Backend extends H2Backend {
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "create", "drop", "dropindexes", "dropdatabase", "renamecollection");

    CommittingH2Backend(MVStore store) {
        super(store);
    }

    // No initializer: the superclass constructor already opens the file's databases through the method below.
    private volatile List<IndexedH2Database> databases;

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
        if (!isWrite(command)) {
            return super.handleCommand(channel, database, command, query);
        }
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            List<IndexedH2Database> open = databases;
            if (open != null) {
                open.forEach(IndexedH2Database::markBuilt); // any index this command built is whole now
            }
            commit();
        }
    }

    static boolean isWrite(String command) {
        return WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    }
}
