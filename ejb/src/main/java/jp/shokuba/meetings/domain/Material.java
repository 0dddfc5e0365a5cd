package jp.shokuba.meetings.domain;

import java.util.List;

/** A document handed out in a meeting, with every version it had (the last is the current one). */
public record Material(long id, long meetingId, String title, int currentVersion, List<MaterialVersion> versions) {

    public MaterialVersion current() {
        return version(currentVersion);
    }

    public MaterialVersion version(int v) {
        return versions.stream().filter(x -> x.version() == v).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no version " + v));
    }

    public boolean hasVersion(int v) {
        return versions.stream().anyMatch(x -> x.version() == v);
    }
}
