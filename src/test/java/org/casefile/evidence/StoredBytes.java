package org.casefile.evidence;

import java.sql.PreparedStatement;
import org.casefile.security.Session;

/** Changes stored evidence underneath Casefile, as damage or tampering would. For tests only. */
public final class StoredBytes {
    private StoredBytes() {
    }

    /** Flips the lowest bit of one byte of an exhibit's stored bytes. */
    public static void flipOne(Session session, long exhibitId, int offset) {
        session.transactions().run(em -> em.unwrap(org.hibernate.Session.class).doWork(c -> {
            byte[] bytes;
            try (PreparedStatement read = c.prepareStatement("select content from exhibit_content where exhibit_id = ?")) {
                read.setLong(1, exhibitId);
                try (var rs = read.executeQuery()) {
                    rs.next();
                    bytes = rs.getBytes(1);
                }
            }
            bytes[offset % bytes.length] ^= 0x01;
            try (PreparedStatement write = c.prepareStatement("update exhibit_content set content = ? where exhibit_id = ?")) {
                write.setBytes(1, bytes);
                write.setLong(2, exhibitId);
                write.executeUpdate();
            }
        }));
    }
}
