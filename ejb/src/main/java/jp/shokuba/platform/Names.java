package jp.shokuba.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Parts of a name or a place joined for reading, each word once: "都市政策局" for a division with no 課 below it
 * (not "都市政策局 都市政策局"), "2F-004" for a desk whose label already names its floor (not "2F 2F-004").
 */
public final class Names {

    private Names() {
    }

    /** The non-blank parts, separated by a space, leaving out a part the next one repeats or begins with. */
    public static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            String p = part.strip();
            if (!kept.isEmpty()) {
                String last = kept.get(kept.size() - 1);
                if (last.equals(p)) {
                    continue;
                }
                if (p.startsWith(last)) {
                    kept.remove(kept.size() - 1);
                }
            }
            kept.add(p);
        }
        return String.join(" ", kept);
    }
}
