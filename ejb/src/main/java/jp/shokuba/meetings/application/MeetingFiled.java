package jp.shokuba.meetings.application;

import java.util.List;

/**
 * The minutes of a meeting were saved: records may file them with the materials (their content hashes). Fired in
 * the saving transaction; an observer that files must do so after commit.
 */
public record MeetingFiled(long meetingId, String title, String departmentCode, String minutesText,
                           List<String> materialHashes) {
}
