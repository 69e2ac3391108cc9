package com.referralcoach.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileRoutesTest {
    private static final WorkspaceId SLACK = new WorkspaceId("T0ACME");
    private static final WorkspaceId LOCAL = new WorkspaceId("local");
    private static final RepId RITA = new RepId("U1");

    /** A platform's files: opens only "F1", says where it is in its answers. */
    private record Named(String where, List<String> progress) implements ContactFiles, ImportProgress, ExportFiles {
        @Override
        public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
            return reference.equals("F1") ? Optional.of(ContactFile.of(where + ".csv", new byte[] {1}))
                    : Optional.empty();
        }

        @Override
        public String missing(String reference) {
            return where + " can't open " + reference;
        }

        @Override
        public void update(WorkspaceId workspace, RepId rep, String text) {
            progress.add(text);
        }

        @Override
        public boolean serves(WorkspaceId workspace) {
            return true;
        }

        @Override
        public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
            return "sent " + fileName + " through " + where;
        }
    }

    @Test
    void eachWorkspaceGoesToThePlatformServingItAndTheRestToTheFallback() {
        Named terminal = new Named("terminal", new ArrayList<>());
        Named slack = new Named("slack", new ArrayList<>());
        FileRoutes routes = new FileRoutes(terminal, terminal, terminal);
        routes.join(SLACK::equals, slack, slack, slack);

        assertThat(routes.open(SLACK, RITA, "F1")).map(ContactFile::name).contains("slack.csv");
        assertThat(routes.open(LOCAL, RITA, "F1")).map(ContactFile::name).contains("terminal.csv");
        assertThat(routes.missing(SLACK, "x.csv")).isEqualTo("slack can't open x.csv");
        assertThat(routes.missing(LOCAL, "x.csv")).isEqualTo("terminal can't open x.csv");
        assertThat(routes.deliver(SLACK, RITA, "a.zip", out -> { })).isEqualTo("sent a.zip through slack");
        routes.update(SLACK, RITA, "Importing: 1 of 2");
        assertThat(slack.progress()).containsExactly("Importing: 1 of 2");
        assertThat(terminal.progress()).isEmpty();
    }

    @Test
    void withNoPlatformNothingIsOpenedOrServed() {
        FileRoutes routes = FileRoutes.none();

        assertThat(routes.open(SLACK, RITA, "F1")).isEmpty();
        assertThat(routes.serves(SLACK)).isFalse();
        assertThat(routes.missing(SLACK, "x.csv")).contains("send me the file itself");
    }
}
