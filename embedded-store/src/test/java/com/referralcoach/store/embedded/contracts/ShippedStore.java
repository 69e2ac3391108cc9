package com.referralcoach.store.embedded.contracts;

import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The embedded store the bot ships (journaled H2 file in a fresh directory), as a test server. */
final class ShippedStore implements EmbeddedMongo.TestServer {
    private final Path directory;
    private final EmbeddedMongoServer server;

    private ShippedStore(Path directory) {
        this.directory = directory;
        this.server = EmbeddedMongoServer.start(directory);
    }

    /** For {@code @RegisterExtension}: the tests of a class run on one shipped store, removed after them. */
    static EmbeddedMongo extension() {
        return EmbeddedMongo.on(() -> {
            try {
                return new ShippedStore(Files.createTempDirectory("shipped-store"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public String connectionString() {
        return server.connectionString();
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
