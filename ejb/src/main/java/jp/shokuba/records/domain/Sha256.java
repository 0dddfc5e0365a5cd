package jp.shokuba.records.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of a file's bytes, lower-case hex: the identity of an original. */
public record Sha256(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + hex);
        }
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Sha256 of(MessageDigest finished) {
        return new Sha256(HexFormat.of().formatHex(finished.digest()));
    }

    public static Sha256 of(byte[] bytes) {
        MessageDigest d = digest();
        d.update(bytes);
        return of(d);
    }

    @Override
    public String toString() {
        return hex;
    }
}
