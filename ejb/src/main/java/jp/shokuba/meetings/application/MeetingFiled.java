package jp.shokuba.meetings.application;

import java.util.List;

/**
 * The minutes of a meeting were saved: records files them with the materials (every version, by content hash,
 * read with {@link MeetingService#filedContent}). Fired in the saving transaction; an observer that files must do
 * so after commit.
 */
public record MeetingFiled(long meetingId, String title, String departmentCode, boolean confidential,
                           String minutesText, List<FiledMaterial> materials) {

    public record FiledMaterial(String fileName, String sha256) {
    }
}
