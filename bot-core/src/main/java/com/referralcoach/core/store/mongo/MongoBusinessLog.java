package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.BusinessLog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Business won outside the pipeline, in {@code business}: {@code {_id, ws, rep, source, amount?, currency?,
 * customer?, at}}; the latest is found on the {ws, rep, source} index.
 */
final class MongoBusinessLog implements BusinessLog {
    private final WorkspaceCollection<Business> business;

    MongoBusinessLog(MongoCollection<Document> collection) {
        this.business = new WorkspaceCollection<>(collection, MongoBusinessLog::toBusiness);
    }

    @Override
    public void save(Business won) {
        Document document = new Document(Fields.ID, won.id()).append(Fields.WS, won.workspace().value())
                .append(Fields.REP, won.rep().value()).append(Fields.SOURCE, won.source().name())
                .append(Fields.AT, StoredFields.date(won.at()));
        won.amount().ifPresent(money -> {
            document.append(Fields.AMOUNT, money.amount().toPlainString());
            StoredFields.putOptional(document, Fields.CURRENCY, money.currency());
        });
        StoredFields.putOptional(document, Fields.CUSTOMER, won.customer().map(ContactId::value));
        business.save(document);
    }

    @Override
    public Optional<Business> latest(WorkspaceId workspace, RepId rep, BusinessSource source,
                                     Optional<ContactId> customer) {
        List<Bson> filters = new ArrayList<>(List.of(eq(Fields.REP, rep.value()), eq(Fields.SOURCE, source.name())));
        customer.ifPresent(c -> filters.add(eq(Fields.CUSTOMER, c.value())));
        return business.find(workspace, and(filters), Sorts.descending(Fields.AT, Fields.ID), 1).stream().findFirst();
    }

    static Business toBusiness(Document document) {
        Optional<Money> amount = StoredFields.optionalString(document, Fields.AMOUNT)
                .map(a -> new Money(new BigDecimal(a), StoredFields.optionalString(document, Fields.CURRENCY)));
        return new Business(new WorkspaceId(StoredFields.string(document, Fields.WS)),
                StoredFields.string(document, Fields.ID), new RepId(StoredFields.string(document, Fields.REP)),
                BusinessSource.valueOf(StoredFields.string(document, Fields.SOURCE)), amount,
                StoredFields.optionalString(document, Fields.CUSTOMER).map(ContactId::new),
                StoredFields.instant(document, Fields.AT));
    }
}
