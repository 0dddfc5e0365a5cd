package jp.shokuba.paper.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import jp.shokuba.paper.domain.SecretBox;
import jp.shokuba.platform.KeyFile;
import jp.shokuba.platform.SecretCipher;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The devices' SNMP secrets sealed with AES-256-GCM under a key outside the database: {@code shokuba.paper.secret-key}
 * (environment {@code SHOKUBA_PAPER_SECRET_KEY}, Base64), else a key made once in {@code shokuba.paper.secret-key-file}
 * (environment {@code SHOKUBA_PAPER_SECRET_KEY_FILE}, by default {@code var/paper-secret.key}, owner-only). Losing
 * the key means entering the communities and passphrases again; it is not in any backup of the database.
 */
@ApplicationScoped
public class PaperSecretKey implements SecretBox {

    static final String KEY = "shokuba.paper.secret-key";
    static final String KEY_FILE = "shokuba.paper.secret-key-file";
    static final String DEFAULT_FILE = "var/paper-secret.key";
    static final String PURPOSE = "paper.device.snmp";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = KEY_FILE, defaultValue = DEFAULT_FILE)
    String keyFile;

    private SecretCipher cipher;

    @PostConstruct
    void load() {
        cipher = cipher(configured, keyFile);
    }

    /** The same cipher from a configuration, for the migration that seals values stored before sealing. */
    public static SecretCipher cipher(Config config) {
        return cipher(config.getOptionalValue(KEY, String.class),
                config.getOptionalValue(KEY_FILE, String.class).orElse(DEFAULT_FILE));
    }

    public static SecretCipher cipher(Optional<String> configured, String keyFile) {
        return new SecretCipher(KeyFile.configuredOrFile(configured, Path.of(keyFile), "paper SNMP secret key"), PURPOSE);
    }

    @Override
    public String seal(String plain) {
        return cipher.seal(plain);
    }

    @Override
    public String open(String stored) {
        return cipher.open(stored);
    }
}
