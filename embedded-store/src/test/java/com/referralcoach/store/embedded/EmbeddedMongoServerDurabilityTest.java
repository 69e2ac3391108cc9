package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.ReferralCoachException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write acknowledged before a SIGKILL is found again after a restart on the same directory, and none is applied
 * twice: the counter the writer adds one to after each insert matches the inserts.
 */
class EmbeddedMongoServerDurabilityTest {
    private static final int ACKS_BEFORE_KILL = 500;
    private static final int WRITES_AT_MOST = 1_000_000;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void acknowledgedWritesSurviveAHardKill(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Process child = startWriter(data, temp.resolve("child-stderr.txt"));
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Set<Integer> acknowledged = new HashSet<>();
        try {
            CompletableFuture.runAsync(() -> readAcks(out, acknowledged, ACKS_BEFORE_KILL))
                    .get(150, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("writer still writing when killed").isTrue();
            assertSecondProcessIsRefused(data);
        } finally {
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process#destroyForcibly keeps stdout readable
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
        }
        CompletableFuture.runAsync(() -> readAcks(out, acknowledged, Integer.MAX_VALUE)).get(30, TimeUnit.SECONDS);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL).hasSizeLessThan(WRITES_AT_MOST);
        List<Integer> stored = storedIds(data);
        assertThat(stored).containsAll(acknowledged);
        assertThat(counter(data)).as("one increment per insert, the last one perhaps cut off by the kill")
                .isBetween(stored.size() - 1, stored.size());
    }

    private static Process startWriter(Path data, Path stderr) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Duser.timezone=UTC",
                AcknowledgedWriter.class.getName(), data.toString(), String.valueOf(WRITES_AT_MOST))
                .redirectError(stderr.toFile())
                .start();
    }

    /** Reads "ok i" lines into {@code acknowledged} until it holds {@code enough} or the output ends. */
    private static void readAcks(BufferedReader out, Set<Integer> acknowledged, int enough) {
        try {
            String line;
            while (acknowledged.size() < enough && (line = out.readLine()) != null) {
                if (line.startsWith("ok ")) {
                    acknowledged.add(Integer.parseInt(line.substring(3)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSecondProcessIsRefused(Path data) {
        assertThatThrownBy(() -> EmbeddedMongoServer.start(data).close())
                .isInstanceOf(ReferralCoachException.class)
                .hasMessageContaining("is in use")
                .hasMessageContaining("MONGODB_URI");
    }

    private static List<Integer> storedIds(Path data) {
        assertThat(Files.exists(data.resolve(EmbeddedMongoServer.FILE_NAME))).isTrue();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            List<Integer> ids = new ArrayList<>();
            for (Document doc : client.getDatabase("durability").getCollection("docs")
                    .find(new Document("_id", new Document("$type", "int")))) {
                ids.add(doc.getInteger("_id"));
            }
            return ids;
        }
    }

    private static int counter(Path data) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document counter = client.getDatabase("durability").getCollection("docs")
                    .find(new Document("_id", AcknowledgedWriter.COUNTER)).first();
            return counter == null ? 0 : counter.getInteger("n");
        }
    }
}
