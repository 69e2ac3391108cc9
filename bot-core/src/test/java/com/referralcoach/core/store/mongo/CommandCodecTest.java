package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.store.CommandSamples;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class CommandCodecTest {
    @Test
    void theSamplesHaveEveryKindOfCommand() {
        assertThat(CommandSamples.all().stream().<Class<?>>map(Command::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Command.class.getPermittedSubclasses()));
    }

    @Test
    void everyKindOfCommandComesBackEqualFromTheServer(MongoDatabase database) {
        MongoCollection<Document> stored = database.getCollection("commands");
        List<Command> samples = CommandSamples.all();
        for (int i = 0; i < samples.size(); i++) {
            stored.insertOne(new Document("_id", i).append("reading", CommandCodec.encode(samples.get(i))));
        }

        List<Command> read = stored.find().sort(new Document("_id", 1)).into(new java.util.ArrayList<>()).stream()
                .map(d -> CommandCodec.decode(d.get("reading", Document.class))).toList();

        assertThat(read).containsExactlyElementsOf(samples);
    }

    @Test
    void aCommandIsStoredByTheNamesOfItsParts() {
        Document stored = CommandCodec.encode(CommandSamples.all().get(1));

        assertThat(stored.getString("type")).isEqualTo("LogMeeting");
        assertThat(stored.get("person", Document.class).get("name", Document.class).getString("display"))
                .isEqualTo("Tom Lee");
        assertThat(stored).doesNotContainKeys("topic", "startsAt");
    }
}
