package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.ShowPipeline;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reply.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "pipeline": the rep's open referred leads, oldest first, with stage, age and referrer. */
final class PipelineView implements CommandHandler<ShowPipeline> {
    private static final int SHOWN = 30;

    private final ContactBook contacts;
    private final ReferralLedger referrals;

    PipelineView(ContactBook contacts, ReferralLedger referrals) {
        this.contacts = contacts;
        this.referrals = referrals;
    }

    @Override
    public Reply handle(ShowPipeline command, Conversation conversation) {
        List<Referral> open = referrals.open(conversation.workspace(), conversation.rep().id());
        if (open.isEmpty()) {
            return Reply.of("No open referred leads. Your next meeting is a chance to ask: "
                    + "\"Who else do you know who ...?\"");
        }
        Set<ContactId> ids = new HashSet<>();
        open.forEach(r -> {
            ids.add(r.lead());
            ids.add(r.referrer());
        });
        Map<ContactId, Contact> people = contacts.findAll(conversation.workspace(), ids).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        StringBuilder text = new StringBuilder("Your open referred leads (" + open.size() + "), oldest first:");
        Moments moments = conversation.moments();
        int number = 0;
        for (Referral r : open.subList(0, Math.min(SHOWN, open.size()))) {
            number++;
            text.append('\n').append(number).append(". ").append(label(people, r.lead()))
                    .append(" · ").append(r.stage().label())
                    .append(" · ").append(moments.age(r.receivedAt()))
                    .append(" · from ").append(name(people, r.referrer()));
        }
        if (open.size() > SHOWN) {
            text.append("\n…and ").append(open.size() - SHOWN).append(" more.");
        }
        return Reply.of(text.toString());
    }

    private static String label(Map<ContactId, Contact> people, ContactId id) {
        Contact c = people.get(id);
        return c == null ? "(unknown)" : c.label();
    }

    private static String name(Map<ContactId, Contact> people, ContactId id) {
        Contact c = people.get(id);
        return c == null ? "(unknown)" : c.name().display();
    }
}
