package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/** The library's H2 collection, telling {@link DocumentChanges} of every document it stores or removes. */
final class JournaledH2Collection extends H2Collection {
    JournaledH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
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
