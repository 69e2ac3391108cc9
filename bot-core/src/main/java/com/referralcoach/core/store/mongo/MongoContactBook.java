package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactBook;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The contacts of each workspace in the {@code contacts} collection, found by id or by name key. */
final class MongoContactBook implements ContactBook {
    static final int MAX_MATCHES = 50;
    /** Words a match looks for at most. */
    static final int MAX_STEMS = 12;

    private final MongoCollection<Document> collection;
    private final WorkspaceCollection<Contact> contacts;

    MongoContactBook(MongoCollection<Document> collection) {
        this(collection, new ReadAheadCache());
    }

    MongoContactBook(MongoCollection<Document> collection, ReadAheadCache ahead) {
        this.collection = collection;
        this.contacts = new WorkspaceCollection<>(collection, ContactMapper::toContact, ahead);
    }

    @Override
    public Optional<Contact> find(WorkspaceId workspace, ContactId id) {
        return contacts.findById(workspace, id.value());
    }

    @Override
    public List<Contact> findAll(WorkspaceId workspace, Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = ids.stream().map(ContactId::value).distinct().toList();
        return contacts.findByIds(workspace, values);
    }

    @Override
    public List<Contact> findByNameKey(WorkspaceId workspace, String nameKey) {
        return contacts.find(workspace, byNameKeyFilter(nameKey), BY_NAME_ORDER, MAX_MATCHES);
    }

    /** What {@link #findByNameKey} asks the store, for the read-ahead. */
    static ReadAheadCache.Query byNameKeyQuery(WorkspaceId workspace, String nameKey) {
        return WorkspaceCollection.query(Collections.CONTACTS, workspace, byNameKeyFilter(nameKey), BY_NAME_ORDER,
                MAX_MATCHES);
    }

    private static final Bson BY_NAME_ORDER = ascending(Fields.KEY, Fields.ID);

    private static Bson byNameKeyFilter(String nameKey) {
        return and(eq(Fields.FIRST_WORD, NameKeyPattern.firstWord(nameKey)),
                regex(Fields.KEY, NameKeyPattern.wholeWordsPrefix(nameKey)));
    }

    @Override
    public List<Contact> matching(WorkspaceId workspace, Collection<String> stems, int limit) {
        List<String> usable = stems.stream().map(s -> s.replaceAll("[^\\p{L}\\p{N}]", "")).filter(s -> !s.isEmpty())
                .distinct().limit(MAX_STEMS).toList();
        if (usable.isEmpty() || limit <= 0) {
            return List.of();
        }
        // one case-insensitive pattern of whole-word starts; a scan of the workspace's contacts, for rare asks
        java.util.regex.Pattern any = java.util.regex.Pattern.compile("(^|[^\\p{L}\\p{N}])(" + String.join("|", usable)
                + ")", java.util.regex.Pattern.CASE_INSENSITIVE);
        return contacts.find(workspace, or(regex(Fields.TITLE, any), regex(Fields.COMPANY, any),
                regex(Fields.NOTES, any)), ascending(Fields.KEY, Fields.ID), Math.min(limit, MAX_MATCHES));
    }

    @Override
    public void save(Contact contact) {
        contacts.save(ContactMapper.toDocument(contact));
    }

    @Override
    public boolean addIfAbsent(Contact contact) {
        try {
            collection.insertOne(ContactMapper.toDocument(contact));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw MongoCalls.failure("add to contacts", e);
        } catch (MongoException e) {
            throw MongoCalls.failure("add to contacts", e);
        }
    }
}
