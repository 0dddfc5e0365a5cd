package jp.shokuba.paper.domain;

/**
 * Seals a device's SNMP secrets (v2c community, v3 passphrases) for storage and opens them for polling; the key
 * is kept outside the database, so a copy of the database alone holds no usable secret.
 */
public interface SecretBox {

    /** The stored form of a secret; null stays null. */
    String seal(String plain);

    /**
     * The secret in its stored form; null stays null.
     *
     * @throws IllegalArgumentException when the stored value does not open (changed, or sealed under another key)
     */
    String open(String stored);
}
