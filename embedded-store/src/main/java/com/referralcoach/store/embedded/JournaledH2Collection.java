package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection, telling {@link DocumentChanges} of every document it stores or removes, and answering
 * queries with copies: the library updates a stored document in place (under the collection's lock), while a reply
 * built from that same document may still be on its way to the wire on another connection (outside the lock), which
 * then fails mid-encoding with a ConcurrentModificationException.
 */
final class JournaledH2Collection extends H2Collection {
    JournaledH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        List<Document> copies = new ArrayList<>(matched.size());
        matched.forEach(document -> copies.add(document.cloneDeeply()));
        return super.createQueryResult(copies, batchSize);
    }

    /**
     * The documents {@code query} matches in {@code sort}'s order, at most {@code limit} of them (0: all), read in the
     * order of an index that keeps them so ({@link EqualityIndex#inOrder}); empty when no index does. Only the
     * documents up to the limit are read: the latest 20 meetings with a person cost 20 reads, however many there are.
     */
    synchronized Optional<List<Document>> inIndexOrder(Document query, Document sort, int limit) {
        for (Index<Object> index : getIndexes()) {
            Optional<Iterable<Object>> positions = index instanceof EqualityIndex<Object> equality
                    ? equality.inOrder(query, sort, this::getDocument) : Optional.empty();
            if (positions.isPresent()) {
                List<Document> found = new ArrayList<>();
                for (Object position : positions.get()) {
                    Document document = getDocument(position);
                    if (document != null && documentMatchesQuery(document, query)) {
                        found.add(document.cloneDeeply());
                        if (found.size() == limit) {
                            break;
                        }
                    }
                }
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = super.addDocumentInternal(document);
        DocumentChanges.put(this, key, document);
        return key;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument);
        DocumentChanges.put(this, position, newDocument);
    }

    @Override
    protected void removeDocument(Object position) {
        super.removeDocument(position);
        DocumentChanges.remove(this, position);
    }
}
