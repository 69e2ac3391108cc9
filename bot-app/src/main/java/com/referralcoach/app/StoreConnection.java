package com.referralcoach.app;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import java.util.List;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The MongoDB the bot uses: the one MONGODB_URI names, or the embedded store under the data directory. */
final class StoreConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoreConnection.class);

    private final Optional<EmbeddedMongoServer> embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String description;

    private StoreConnection(Optional<EmbeddedMongoServer> embedded, ConnectionString uri, String database,
                            String description, List<CommandListener> listeners) {
        this.embedded = embedded;
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(uri)
                .commandListenerList(listeners)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
        this.database = client.getDatabase(database);
        this.description = description;
    }

    static StoreConnection open(Settings settings) {
        return open(settings, List.of());
    }

    /** As {@link #open(Settings)}, with {@code listeners} told of every command the driver sends (for metrics). */
    static StoreConnection open(Settings settings, List<CommandListener> listeners) {
        Optional<String> uri = settings.mongoUri();
        if (uri.isPresent()) {
            ConnectionString connection = new ConnectionString(uri.get());
            String where = "MongoDB at " + String.join(",", connection.getHosts());
            return new StoreConnection(Optional.empty(), connection, settings.database(), where, listeners);
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(settings.dataDir());
        String where = "embedded store (H2 file " + server.file() + ") on " + server.connectionString();
        return new StoreConnection(Optional.of(server), new ConnectionString(server.connectionString()),
                settings.database(), where, listeners);
    }

    MongoDatabase database() {
        return database;
    }

    /**
     * True when other processes may use this database too (MONGODB_URI); the embedded store is this process's alone
     * while it starts (a second process can reach it only through the URI this one logs once it runs).
     */
    boolean shared() {
        return embedded.isEmpty();
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        client.close();
        embedded.ifPresent(EmbeddedMongoServer::close);
        log.info("Store closed: {}", description);
    }
}
