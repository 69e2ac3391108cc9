package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
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
