package com.referralcoach.core.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a MongoDB wire-protocol server on 127.0.0.1, reached through the real driver. Each test method
 * that asks for a {@link MongoDatabase} parameter gets a fresh database; one that asks for a
 * {@link ConnectionString} gets the server's, to open more clients of its own. By default ({@code @ExtendWith}) the
 * server is mongo-java-server's in-memory backend; {@link #on} runs the same tests on another server, such as the
 * embedded store the bot ships.
 */
public final class EmbeddedMongo implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final Supplier<TestServer> servers;
    private TestServer server;
    private MongoClient client;

    /** A server the tests of one class run against; closed after them. */
    public interface TestServer extends AutoCloseable {
        /** How the driver reaches it, e.g. {@code mongodb://127.0.0.1:40123}. */
        String connectionString();

        @Override
        void close();
    }

    /** The in-memory backend (non-unique indexes are not served: queries scan, with the same answers). */
    public EmbeddedMongo() {
        this(EmbeddedMongo::inMemory);
    }

    private EmbeddedMongo(Supplier<TestServer> servers) {
        this.servers = servers;
    }

    /** For {@code @RegisterExtension}: the tests run against a server {@code servers} starts for each test class. */
    public static EmbeddedMongo on(Supplier<TestServer> servers) {
        return new EmbeddedMongo(servers);
    }

    private static TestServer inMemory() {
        MongoServer memory = new MongoServer(new MemoryBackend());
        memory.bind("127.0.0.1", 0);
        String address = "mongodb://127.0.0.1:" + memory.getLocalAddress().getPort();
        return new TestServer() {
            @Override
            public String connectionString() {
                return address;
            }

            @Override
            public void close() {
                memory.shutdownNow();
            }
        };
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = servers.get();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MongoDatabase.class || type == ConnectionString.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == ConnectionString.class) {
            return new ConnectionString(server.connectionString());
        }
        return client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }
}
