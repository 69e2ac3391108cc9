package com.referralcoach.core.store.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.ReadAhead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-ahead as one aggregate: the rep's document, then with {@code $unionWith} the answer to each query the
 * message's handler would send about the names it mentions, each tagged with its query. The queries are the
 * repositories' own ({@link WorkspaceCollection#query}), so an answer kept is exactly what the store would say.
 * Histories are read for the first person of each name ({@link ContactId#firstOfName}), nearly always the one meant;
 * another's are read when asked. A server without {@code $unionWith} (MongoDB before 4.4, mongo-java-server's own
 * backends) is found out at the first try; reads then go to the store one by one.
 */
final class MongoReadAhead implements ReadAhead {
    private static final Logger log = LoggerFactory.getLogger(MongoReadAhead.class);
    private static final String TAG = "_ahead";
    /** The server's code for a pipeline stage it does not know. */
    private static final int UNKNOWN_STAGE = 40324;

    private final MongoDatabase database;
    private final ReadAheadCache cache;
    private volatile boolean served = true;

    MongoReadAhead(MongoDatabase database, ReadAheadCache cache) {
        this.database = database;
        this.cache = cache;
    }

    @Override
    public Scope open(WorkspaceId workspace, RepId rep, Set<String> nameKeys) {
        if (!served || nameKeys.isEmpty()) {
            return () -> { };
        }
        List<ReadAheadCache.Query> queries = List.copyOf(new LinkedHashSet<>(queries(workspace, rep, nameKeys)));
        try {
            cache.keep(read(queries));
        } catch (MongoCommandException e) {
            served = e.getErrorCode() != UNKNOWN_STAGE;
            if (!served) {
                log.info("This MongoDB server cannot read a message's data in one aggregate ($unionWith, MongoDB"
                        + " 4.4): each read goes to it alone ({})", e.getErrorMessage());
                return () -> { };
            }
            log.warn("Could not read ahead for a message; its reads go to the store one by one: {}",
                    MongoCalls.describe(e));
            return () -> { };
        } catch (MongoException e) {
            log.warn("Could not read ahead for a message; its reads go to the store one by one: {}",
                    MongoCalls.describe(e));
            return () -> { };
        }
        return cache::clear;
    }

    private static List<ReadAheadCache.Query> queries(WorkspaceId workspace, RepId rep, Set<String> nameKeys) {
        List<ReadAheadCache.Query> queries = new ArrayList<>();
        queries.add(MongoRepRoster.byId(workspace, rep));
        for (String key : nameKeys) {
            ContactId first = ContactId.firstOfName(workspace, key);
            queries.add(MongoContactBook.byNameKeyQuery(workspace, key));
            queries.add(MongoMeetingLog.latestWithContactQuery(workspace, rep, first, MeetingLog.RECENT));
            queries.add(MongoAskLog.latestOfContactQuery(workspace, rep, first, AskLog.RECENT));
            queries.add(MongoRelationshipLog.ofContactQuery(workspace, rep, first));
            queries.add(ReminderViews.pendingQuery(workspace, rep, first, ReminderKind.CHECK_IN));
        }
        return queries;
    }

    /** Every query's answer, from one aggregate whose source is the first query's collection. */
    private Map<ReadAheadCache.Query, List<Document>> read(List<ReadAheadCache.Query> queries) {
        List<Document> pipeline = new ArrayList<>(stages(queries.get(0), 0));
        for (int i = 1; i < queries.size(); i++) {
            ReadAheadCache.Query query = queries.get(i);
            pipeline.add(new Document("$unionWith", new Document("coll", query.collection())
                    .append("pipeline", stages(query, i))));
        }
        Map<ReadAheadCache.Query, List<Document>> answers = new LinkedHashMap<>();
        queries.forEach(query -> answers.put(query, new ArrayList<>()));
        database.getCollection(queries.get(0).collection()).aggregate(pipeline).forEach(document -> {
            Object tag = document.remove(TAG);
            if (tag instanceof Number n && n.intValue() >= 0 && n.intValue() < queries.size()) {
                answers.get(queries.get(n.intValue())).add(document);
            }
        });
        return answers;
    }

    private static List<Document> stages(ReadAheadCache.Query query, int tag) {
        List<Document> stages = new ArrayList<>();
        stages.add(new Document("$match", query.filter()));
        if (!query.sort().isEmpty()) {
            stages.add(new Document("$sort", query.sort()));
        }
        if (query.limit() > 0) {
            stages.add(new Document("$limit", query.limit()));
        }
        stages.add(new Document("$addFields", new Document(TAG, tag)));
        return stages;
    }
}
