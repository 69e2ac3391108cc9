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

/**
 * How the H2 file keeps a collection's documents: as BSON, the form they came in on the wire. H2's default for a
 * class it does not know is Java serialization, several times as costly, and a commit writes every page it changed
 * whole, so each write paid for its neighbours on the page too.
 */
final class StoredDocumentType extends BasicDataType<Document> {
    /** Leads a document kept as BSON: a value without it was not written by this type. */
    static final byte BSON = (byte) 0xB5;

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
        byte tag = buffer.get();
        if (tag != BSON) {
            throw new IllegalStateException("not a document this store wrote (tag " + tag + ")");
        }
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
