package com.referralcoach.core.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
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

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!isWrite(command)) {
            return super.handleCommand(channel, database, command, query);
        }
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commit();
        }
    }

    static boolean isWrite(String command) {
        return WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    }
}
