package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReferralLedger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The referrals reps received, one document each with its whole stage history, in {@code referrals}. */
final class MongoReferralLedger implements ReferralLedger {
    private static final Bson OLDEST_FIRST = ascending(Fields.RECEIVED_AT, Fields.ID);

    private final WorkspaceCollection<Referral> referrals;

    MongoReferralLedger(MongoCollection<Document> collection) {
        this.referrals = new WorkspaceCollection<>(collection, ReferralMapper::toReferral);
    }

    @Override
    public Optional<Referral> find(WorkspaceId workspace, ReferralId id) {
        return referrals.findById(workspace, id.value());
    }

    @Override
    public void save(Referral referral) {
        referrals.save(ReferralMapper.toDocument(referral));
    }

    @Override
    public boolean delete(WorkspaceId workspace, ReferralId id) {
        return referrals.delete(workspace, id.value());
    }

    @Override
    public List<Referral> open(WorkspaceId workspace, RepId rep) {
        return ofRep(workspace, rep, eq(Fields.OPEN, true));
    }

    @Override
    public List<Referral> fromReferrer(WorkspaceId workspace, RepId rep, ContactId referrer) {
        return ofRep(workspace, rep, eq(Fields.REFERRER, referrer.value()));
    }

    @Override
    public List<Referral> forLead(WorkspaceId workspace, RepId rep, ContactId lead) {
        return ofRep(workspace, rep, eq(Fields.LEAD, lead.value()));
    }

    /**
     * One query on the top-level current {@code stage} the mapper writes (every stored referral has it), served on
     * real MongoDB by the {ws, stage, rep, receivedAt, _id} index: one merge-sorted range per rep.
     */
    @Override
    public List<Referral> waitingForContact(WorkspaceId workspace, Collection<RepId> reps, int limit) {
        if (reps.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> ids = reps.stream().map(RepId::value).distinct().toList();
        return referrals.find(workspace, and(eq(Fields.STAGE, LeadStage.NEW.name()), in(Fields.REP, ids)),
                OLDEST_FIRST, limit);
    }

    private List<Referral> ofRep(WorkspaceId workspace, RepId rep, Bson filter) {
        return referrals.find(workspace, and(eq(Fields.REP, rep.value()), filter), OLDEST_FIRST, 0);
    }
}
