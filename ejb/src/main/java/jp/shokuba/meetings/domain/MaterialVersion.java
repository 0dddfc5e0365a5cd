package jp.shokuba.meetings.domain;

import java.time.Instant;
import java.util.List;

/** One version of a material: its content hash, page count and page prints. Old versions stay viewable. */
public record MaterialVersion(long materialId, int version, String sha256, int pages, String fileName,
                              List<PagePrint> prints, String uploadedBy, Instant uploadedAt) {
}
