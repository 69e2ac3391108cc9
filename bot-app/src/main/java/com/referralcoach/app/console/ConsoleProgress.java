package com.referralcoach.app.console;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ImportProgress;
import java.io.PrintStream;

/**
 * A long import's progress in the terminal: each step printed on a line of its own as it comes (a terminal chat
 * can't edit what it printed; the final answer says what was created and skipped).
 */
public final class ConsoleProgress implements ImportProgress {
    private final PrintStream out;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(WorkspaceId workspace, RepId rep, String text) {
        if (ConsoleChat.WORKSPACE.equals(workspace)) {
            synchronized (out) {
                out.println(text);
                out.flush();
            }
        }
    }
}
