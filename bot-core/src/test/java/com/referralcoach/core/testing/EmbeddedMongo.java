package com.referralcoach.core.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import com.referralcoach.core.store.embedded.IndexedMemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: an in-process MongoDB wire-protocol server on 127.0.0.1, reached through the
 * real driver. Each test method that asks for a {@link MongoDatabase} parameter gets a fresh database; one
 * that asks for a {@link ConnectionString} gets the server's, to open more clients of its own.
 */
public final class EmbeddedMongo implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private MongoServer server;
    private MongoClient client;
    private ConnectionString connectionString;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new IndexedMemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        connectionString = new ConnectionString("mongodb://127.0.0.1:" + address.getPort());
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(connectionString)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdownNow();
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
            return connectionString;
        }
        return client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }
}
