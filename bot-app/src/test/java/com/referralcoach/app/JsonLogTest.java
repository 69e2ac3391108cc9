package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFERRAL_COACH_LOG_FORMAT=json: the shipped configuration writes one JSON object a line, with the workspace. */
class JsonLogTest {
    @TempDir
    Path dir;

    @Test
    void eachLineIsAJsonObjectCarryingTheWorkspaceAndRequest() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        context.putProperty("referralcoach.logdir", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(JsonLogTest.class.getResource("/logback-json.xml"));
        context.getMDCAdapter().put("workspace", "T1");
        context.getMDCAdapter().put("request", "1a2b3c");
        try {
            context.getLogger("com.referralcoach.core.engine.BotEngine").info("Could not handle a message");
        } finally {
            context.getMDCAdapter().clear();
            context.stop();
        }

        List<String> lines = Files.readAllLines(dir.resolve("referral-coach.log"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        Document logged = Document.parse(lines.stream().filter(l -> l.contains("Could not handle")).findFirst()
                .orElseThrow());
        assertThat(logged.getString("level")).isEqualTo("INFO");
        assertThat(logged.getString("message")).isEqualTo("Could not handle a message");
        assertThat(logged.get("mdc", Document.class)).containsEntry("workspace", "T1").containsEntry("request",
                "1a2b3c");
    }
}
