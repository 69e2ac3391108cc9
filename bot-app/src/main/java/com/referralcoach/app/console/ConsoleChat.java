package com.referralcoach.app.console;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The terminal chat: every input line is a message from the local rep (the workspace admin of the terminal)
 * and gets its reply printed and
 * flushed at once. Works with piped input; ends on end of input or "quit".
 */
public final class ConsoleChat {
    /** The workspace of the local terminal user. */
    public static final WorkspaceId WORKSPACE = new WorkspaceId("local");
    private static final Set<String> QUIT = Set.of("quit", "exit", "bye", ":q");

    private final BotEngine engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final RepId rep;
    private final String repName;
    private final boolean interactive;
    /** The suggested replies last shown, which the rep may pick by number ("1" for the first). */
    private volatile List<SuggestedAction> offered = List.of();

    public ConsoleChat(BotEngine engine, BufferedReader in, PrintStream out, String repName, boolean interactive) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.rep = new RepId("local");
        this.repName = repName;
        this.interactive = interactive;
    }

    /** Chats until end of input or "quit"; returns normally either way. */
    public void run() throws IOException {
        say("Referral Coach is ready. Type \"help\" for what I understand, \"quit\" to stop.");
        String line;
        while ((line = prompt()) != null) {
            if (QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                say("Bye. Everything is saved.");
                return;
            }
            Optional<SuggestedAction> picked = picked(line);
            if (picked.isPresent() && !picked.get().complete()) {
                say("Type it out, starting with: " + picked.get().message().stripTrailing() + " …");
                continue;
            }
            String message = picked.map(SuggestedAction::message).orElse(line);
            Reply reply = engine.handle(new IncomingMessage(WORKSPACE, rep, repName, message).fromAdmin());
            show(picked.map(choice -> withUnsettled(reply, choice)).orElse(reply));
        }
    }

    /** A bare number picks that suggested reply of the last answer or reminder shown. */
    private Optional<SuggestedAction> picked(String line) {
        String typed = line.strip();
        List<SuggestedAction> choices = offered;
        if (!typed.matches("[1-9]") || Integer.parseInt(typed) > choices.size()) {
            return Optional.empty();
        }
        return Optional.of(choices.get(Integer.parseInt(typed) - 1));
    }

    /**
     * The answer to a picked suggestion, offering again the suggestions the pick did not settle (in a message about
     * several people, the others'), after the answer's own, so a pick for one person keeps the others' open.
     */
    private Reply withUnsettled(Reply reply, SuggestedAction picked) {
        List<SuggestedAction> open = offered.stream().filter(choice -> !choice.settledBy(picked))
                .filter(choice -> !reply.actions().contains(choice)).toList();
        if (open.isEmpty()) {
            return reply;
        }
        List<SuggestedAction> choices = new java.util.ArrayList<>(reply.actions());
        choices.addAll(open);
        return new Reply(reply.text(), reply.fields(), choices);
    }

    private void show(Reply reply) {
        if (!reply.actions().isEmpty()) {
            offered = reply.actions();
        }
        say(ConsoleRenderer.render(reply));
    }

    public boolean isLocalRep(RepId other) {
        return rep.equals(other);
    }

    /** Prints something the bot says on its own (a reminder) between chat lines. */
    public void announce(Reply reply) {
        show(reply);
    }

    private String prompt() throws IOException {
        if (interactive) {
            synchronized (out) {
                out.print("> ");
                out.flush();
            }
        }
        return in.readLine();
    }

    private void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
