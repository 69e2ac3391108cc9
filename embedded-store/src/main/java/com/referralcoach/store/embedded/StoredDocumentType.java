package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the H2 file keeps a collection's documents: as BSON, the form they came in on the wire. H2's default for a
 * class it does not know is Java serialization, several times as costly, and a commit writes every page it changed
 * whole, so each write paid for its neighbours on the page too. Pages written before hold Java-serialized documents:
 * they are still read, and written as BSON the next time they change.
 */
final class StoredDocumentType extends BasicDataType<Document> {
    /** Leads a document kept as BSON; H2's own encoding starts every value with a tag below 120. */
    static final byte BSON = (byte) 0xB5;

    private final ObjectDataType older = new ObjectDataType();

    /** A rough size for H2's page cache accounting; measuring it would cost what this type saves. */
    @Override
    public int getMemory(Document document) {
        return 64 + 64 * document.size();
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            buffer.put(BSON).putVarInt(length).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) older.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
