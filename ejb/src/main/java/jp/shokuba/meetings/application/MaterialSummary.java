package jp.shokuba.meetings.application;

import java.time.Instant;
import java.util.List;
import jp.shokuba.meetings.domain.Material;

/** A material as its viewers see it: the current version, and every older one (still viewable). */
public record MaterialSummary(long id, String title, int version, int pages, List<VersionSummary> versions) {

    public record VersionSummary(int version, int pages, String sha256, String fileName, Instant uploadedAt) {
    }

    public static MaterialSummary of(Material m) {
        return new MaterialSummary(m.id(), m.title(), m.currentVersion(), m.current().pages(), m.versions().stream()
                .map(v -> new VersionSummary(v.version(), v.pages(), v.sha256(), v.fileName(), v.uploadedAt()))
                .toList());
    }
}
