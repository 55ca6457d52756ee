package fr.inclusion.orientation.standalone;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend of mongo-java-server with two changes: every command that changed data is committed to the file
 * before it is answered, and a query that names an {@code _id} (equality or {@code $in}) next to other conditions
 * reads only those documents through the {@code _id} index, then applies the whole query to them.
 *
 * <p>mongo-java-server uses an index only when the query's fields are exactly the index's fields, so
 * {@code {_id: x, version: 3}} (an optimistic-locking update), {@code {_id: x, eventIds: {$ne: e}}} (an idempotent
 * projection) or {@code {_id: x, $or: [...]}} (a lease) would scan and decode every document of the collection, under
 * the collection's lock. MongoDB itself plans these on the {@code _id} index; this backend does the same, so the
 * standalone store's cost per write no longer grows with the collection. Results are unchanged: the narrowed
 * documents still go through the full query matcher.
 *
 * <p>Commit before answering: mongo-java-server never commits the MVStore itself; MVStore's background writer does,
 * up to a second later ({@code autoCommitDelay}), so a write acknowledged to the driver was lost if the store was
 * killed in that second. {@link #handleMessage} commits the changes of every command (insert, update, findAndModify,
 * delete, index or collection changes; the driver sends every command as an {@code OP_MSG}) before its answer
 * leaves, so an acknowledged write is in the file: it survives {@code kill -9} of the store (the file is written to
 * the operating system, not fsync'ed: a power cut may still lose the last writes). Commands that change nothing cost
 * one check.
 */
final class IdNarrowingH2Backend extends H2Backend {

    private static final String ID = "_id";
    private static final String ID_INDEX = "_id_";
    // names mongo-java-server's H2 backend gives its maps (H2Database: DATABASES_PREFIX and META_PREFIX)
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    private final boolean commitEachWrite;

    /** {@code commitEachWrite=false} is the library's behaviour, kept only to measure what committing costs. */
    IdNarrowingH2Backend(MVStore store, boolean commitEachWrite) {
        super(store);
        this.commitEachWrite = commitEachWrite;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            // also after a failed command: an insertMany stopped by a duplicate key has written its first documents
            if (commitEachWrite) {
                commitChanges();
            }
        }
    }

    /**
     * Writes what changed since the last commit to the file, synchronously (a commit already running in another
     * thread is waited for, then ours writes what it did not include).
     */
    private void commitChanges() {
        MVStore store = getMvStore();
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** True when the query pins {@code _id} to one value or a list of values, beside other conditions. */
    static boolean pinsIdAmongOthers(Document query) {
        if (query.size() < 2 || !query.containsKey(ID)) {
            return false;
        }
        Object id = query.get(ID);
        if (id instanceof Document operators) {
            return operators.size() == 1
                    && (operators.containsKey("$eq") || operators.get("$in") instanceof Collection<?>);
        }
        return !(id instanceof Pattern) && !BsonRegularExpression.isRegularExpression(id);
    }

    private static Document idOnly(Document query) {
        Object id = query.get(ID);
        if (id instanceof Document operators && operators.containsKey("$eq")) {
            return new Document(ID, operators.get("$eq"));
        }
        return new Document(ID, id);
    }

    /** Inner (not static): the super constructor opens collections before a field of this class could be set. */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> dataMap = store.openMap(DATA_MAP_PREFIX + fullName);
            MVMap<String, Object> metaMap = store.openMap(META_MAP_PREFIX + fullName);
            return new IdAwareCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }
    }

    private static final class IdAwareCollection extends H2Collection {

        IdAwareCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            if (pinsIdAmongOthers(query)) {
                Index<Object> idIndex = idIndex();
                Document byId = idOnly(query);
                if (idIndex != null && idIndex.canHandle(byId)) {
                    Iterable<Object> positions = idIndex.getPositions(byId);
                    return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        private Index<Object> idIndex() {
            List<Index<Object>> indexes = getIndexes();
            for (Index<Object> index : indexes) {
                if (ID_INDEX.equals(index.getName()) && index.getKeys().size() == 1
                        && ID.equals(index.getKeys().get(0).getKey())) {
                    return index;
                }
            }
            return null;
        }
    }
}
