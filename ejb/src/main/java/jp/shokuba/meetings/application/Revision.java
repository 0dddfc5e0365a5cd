package jp.shokuba.meetings.application;

import java.util.List;

/** What a revision (差し替え) did: the new version, how many notes moved to a matching page, and which were orphaned. */
public record Revision(long id, int version, int moved, int orphaned, List<Long> orphanedIds) {
}
