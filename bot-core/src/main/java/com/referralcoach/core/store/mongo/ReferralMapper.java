package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.documents;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalInstant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.StageChange;
import com.referralcoach.core.domain.WorkspaceId;
import java.math.BigDecimal;
import java.util.Optional;
import org.bson.Document;

/**
 * Referral <-> one document of the {@code referrals} collection, its stage history included as an
 * array; the current {@code stage} and {@code open} are copied to the top level for the queries.
 */
final class ReferralMapper {
    private ReferralMapper() {
    }

    static Document toDocument(Referral referral) {
        Document document = new Document(Fields.ID, referral.id().value())
                .append(Fields.WS, referral.workspace().value())
                .append(Fields.REP, referral.rep().value())
                .append(Fields.REFERRER, referral.referrer().value())
                .append(Fields.LEAD, referral.lead().value());
        putOptional(document, Fields.NEED, referral.need());
        document.append(Fields.HISTORY, referral.history().stream().map(ReferralMapper::toDocument).toList())
                .append(Fields.STAGE, referral.stage().name())
                .append(Fields.OPEN, referral.isOpen());
        putOptional(document, Fields.WON, referral.wonAmount().map(ReferralMapper::toDocument));
        putOptional(document, Fields.REFERRER_UPDATED_AT, referral.referrerUpdatedAt().map(StoredFields::date));
        putOptional(document, Fields.THANKED_AT, referral.thankedAt().map(StoredFields::date));
        return document.append(Fields.RECEIVED_AT, date(referral.receivedAt()));
    }

    static Referral toReferral(Document document) {
        return new Referral(new WorkspaceId(string(document, Fields.WS)), new ReferralId(string(document, Fields.ID)),
                new RepId(string(document, Fields.REP)), new ContactId(string(document, Fields.REFERRER)),
                new ContactId(string(document, Fields.LEAD)), optionalString(document, Fields.NEED),
                documents(document, Fields.HISTORY).stream().map(ReferralMapper::toStageChange).toList(),
                Optional.ofNullable(document.get(Fields.WON, Document.class)).map(ReferralMapper::toMoney),
                instant(document, Fields.RECEIVED_AT), optionalInstant(document, Fields.REFERRER_UPDATED_AT),
                optionalInstant(document, Fields.THANKED_AT));
    }

    private static Document toDocument(StageChange change) {
        Document document = new Document(Fields.STAGE, change.stage().name()).append(Fields.AT, date(change.at()));
        putOptional(document, Fields.NOTE, change.note());
        return document;
    }

    private static StageChange toStageChange(Document document) {
        return new StageChange(LeadStage.valueOf(string(document, Fields.STAGE)), instant(document, Fields.AT),
                optionalString(document, Fields.NOTE));
    }

    private static Document toDocument(Money money) {
        Document document = new Document(Fields.AMOUNT, money.amount().toPlainString());
        putOptional(document, Fields.CURRENCY, money.currency());
        return document;
    }

    private static Money toMoney(Document document) {
        return new Money(new BigDecimal(string(document, Fields.AMOUNT)), optionalString(document, Fields.CURRENCY));
    }
}
