package jp.shokuba.meetings.application;

import jp.shokuba.meetings.domain.Meeting;

/** The organiser handed out a material, or a new version of one (差し替え); fired in that transaction. */
public record MaterialDistributed(Meeting meeting, String materialTitle, int version) {
}
