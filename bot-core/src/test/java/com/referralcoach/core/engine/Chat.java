package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Reply;

/** A test's side of a conversation: one rep in one workspace talking to the engine. */
record Chat(BotEngine engine, WorkspaceId workspace, RepId rep) {
    static Chat of(BotEngine engine, String workspace, String rep) {
        return new Chat(engine, new WorkspaceId(workspace), new RepId(rep));
    }

    Reply say(String text) {
        return engine.handle(new IncomingMessage(workspace, rep, "Rita Rep", text));
    }

    /** The reply as one string: text, fields and actions, the way a rep would read it all. */
    String read(String text) {
        Reply reply = say(text);
        StringBuilder all = new StringBuilder(reply.text());
        reply.fields().forEach(f -> all.append('\n').append(f.label()).append(": ").append(f.value()));
        reply.actions().forEach(a -> all.append("\n[").append(a.label()).append("] ").append(a.message()));
        return all.toString();
    }
}
