package com.referralcoach.store.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;

/** Writes the embedded store's file as the library's own H2 backend does, as files from before were written. */
final class LibraryBackend {
    private LibraryBackend() {
    }

    /** Runs {@code writes} on the database {@code coach} of a library server over the file in {@code data}. */
    static void write(Path data, Consumer<MongoDatabase> writes) {
        MVStore file = new MVStore.Builder().fileName(data.resolve(EmbeddedMongoServer.FILE_NAME).toString()).open();
        MongoServer library = new MongoServer(new H2Backend(file));
        library.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + library.getLocalAddress().getPort())) {
            writes.accept(client.getDatabase("coach"));
        } finally {
            library.shutdownNow();
        }
    }
}
