package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The aggregates the library would serve from a scan of the whole collection, served from its indexes instead, as
 * MongoDB serves them. The library starts every pipeline from all of its collection's documents; here a pipeline that
 * opens with {@code $match} starts from that query, which the collection answers from an index when it has one. It
 * also serves {@code $unionWith} (MongoDB 4.4), which the library lacks: the other collection's pipeline, itself
 * opened by a {@code $match}, is read the same way and its documents follow. One aggregate can so read a few small
 * sets from several collections in one round trip.
 *
 * <p>Pipelines with neither (and any with {@code let} variables or a change stream) are left to the library.
 */
final class IndexedPipeline {
    private static final String MATCH = "$match";
    private static final String UNION = "$unionWith";
    private static final String SORT = "$sort";
    private static final String LIMIT = "$limit";

    private IndexedPipeline() {
    }

    /** The reply to an {@code aggregate} command, or empty when the library should serve it (or it is another). */
    static Optional<Document> serve(AbstractMongoDatabase<?> database, String name, Document command,
                                    DatabaseResolver resolver, Oplog oplog) {
        if (!name.equalsIgnoreCase("aggregate") || !(command.get("aggregate") instanceof String collection) || command.containsKey("let")
                || !(command.get("pipeline") instanceof List<?>)) {
            return Optional.empty();
        }
        List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
        boolean ours = !pipeline.isEmpty() && pipeline.get(0).containsKey(MATCH)
                || pipeline.stream().anyMatch(stage -> stage.containsKey(UNION));
        if (!ours || pipeline.stream().anyMatch(stage -> stage.containsKey("$changeStream")
                || stage.containsKey("$out") || stage.containsKey("$merge"))) {
            return Optional.empty();
        }
        List<Document> result = run(database, collection, pipeline, resolver, oplog);
        Document cursor = new Document("id", 0L)
                .append("ns", database.getDatabaseName() + "." + collection)
                .append("firstBatch", result);
        return Optional.of(new Document("cursor", cursor).append("ok", 1.0));
    }

    private static List<Document> run(AbstractMongoDatabase<?> database, String name, List<Document> pipeline,
                                      DatabaseResolver resolver, Oplog oplog) {
        MongoCollection<?> collection = database.resolveCollection(name, false);
        int next = 0;
        Stream<Document> documents;
        if (collection == null) {
            documents = Stream.empty();
        } else if (!pipeline.isEmpty() && pipeline.get(0).get(MATCH) instanceof Document query) {
            Optional<List<Document>> sorted = inIndexOrder(collection, query, pipeline);
            documents = sorted.map(List::stream).orElseGet(() -> collection.handleQueryAsStream(query));
            next = sorted.isEmpty() ? 1 : pipeline.size() > 2 && pipeline.get(2).containsKey(LIMIT) ? 3 : 2;
        } else {
            documents = collection.queryAllAsStream();
        }
        List<Document> stages = new ArrayList<>();
        for (Document stage : pipeline.subList(next, pipeline.size())) {
            if (!stage.containsKey(UNION)) {
                stages.add(stage);
                continue;
            }
            documents = staged(documents, stages, database, collection, resolver, oplog);
            stages = new ArrayList<>();
            Object union = stage.get(UNION);
            List<Document> other = union instanceof Document spec
                    ? run(database, String.valueOf(spec.get("coll")), spec.get("pipeline") == null ? List.of()
                    : Aggregation.parse(spec.get("pipeline")), resolver, oplog)
                    : run(database, String.valueOf(union), List.of(), resolver, oplog);
            documents = Stream.concat(documents, other.stream());
        }
        return staged(documents, stages, database, collection, resolver, oplog).toList();
    }

    /**
     * A {@code $match} followed by a {@code $sort} (and a {@code $limit}) read in an index's order, when the
     * collection has an index that keeps the matched documents in that order; empty otherwise.
     */
    private static Optional<List<Document>> inIndexOrder(MongoCollection<?> collection, Document query,
                                                         List<Document> pipeline) {
        if (!(collection instanceof JournaledH2Collection journaled) || pipeline.size() < 2
                || !(pipeline.get(1).get(SORT) instanceof Document sort)) {
            return Optional.empty();
        }
        int limit = 0;
        if (pipeline.size() > 2 && pipeline.get(2).containsKey(LIMIT)) {
            if (!(pipeline.get(2).get(LIMIT) instanceof Number most) || most.longValue() <= 0
                    || most.longValue() > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            limit = most.intValue();
        }
        return journaled.inIndexOrder(query, sort, limit);
    }

    private static Stream<Document> staged(Stream<Document> documents, List<Document> stages,
                                           AbstractMongoDatabase<?> database, MongoCollection<?> collection,
                                           DatabaseResolver resolver, Oplog oplog) {
        return stages.isEmpty() ? documents
                : Aggregation.fromPipeline(stages, resolver, database, collection, oplog).runStagesAsStream(documents);
    }
}
