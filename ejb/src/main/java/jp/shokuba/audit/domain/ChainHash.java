package jp.shokuba.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry. Every field is written with its length in front, so that no two
 * different entries can produce the same input by moving text from one field to the next.
 */
public final class ChainHash {

    private ChainHash() {
    }

    public static String of(AuditEntry entry) {
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[]{entry.previousHash(), Long.toString(entry.id()),
                entry.occurredAt().toString(), entry.actor(), entry.action(), entry.objectType(),
                entry.objectId(), entry.remoteAddress(), entry.detail()}) {
            input.append(field.length()).append(':').append(field).append('|');
        }
        return sha256(input.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
