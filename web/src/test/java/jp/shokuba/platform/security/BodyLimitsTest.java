package jp.shokuba.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The endpoint table: {@code {}} is one path segment, anything unlisted under /api/ is a 1 MB JSON call. */
class BodyLimitsTest {

    @Test
    void anAttachmentUploadTakes20MbAndMultipartWhileAJsonCallTakesJsonOnly() {
        BodyLimits.Endpoint upload = BodyLimits.ofApi("POST", "/api/v1/approvals/42/attachments");
        assertThat(upload.kind()).isEqualTo(BodyLimits.Kind.UPLOAD);
        assertThat(upload.maxBytes()).isEqualTo(20 * BodyLimits.MB);
        assertThat(BodyLimits.refusal(upload, "multipart/form-data", true)).isEmpty();
        assertThat(BodyLimits.refusal(upload, "application/pdf", true)).isEmpty();
        assertThat(BodyLimits.refusal(upload, "text/plain", true)).isPresent();

        BodyLimits.Endpoint json = BodyLimits.ofApi("POST", "/api/v1/approvals");
        assertThat(json.maxBytes()).isEqualTo(BodyLimits.MB);
        assertThat(BodyLimits.refusal(json, "application/json", true)).isEmpty();
        assertThat(BodyLimits.refusal(json, "application/merge-patch+json", true)).isEmpty();
        assertThat(BodyLimits.refusal(json, "multipart/form-data", true)).isPresent();
        assertThat(BodyLimits.refusal(json, "application/x-www-form-urlencoded", true)).isPresent();
        assertThat(BodyLimits.refusal(json, "", false)).as("a body-less POST").isEmpty();
        assertThat(BodyLimits.refusal(json, "", true)).isPresent();
    }

    @Test
    void aPlaceholderMatchesOneSegmentOnly() {
        assertThat(BodyLimits.ofApi("POST", "/api/v1/approvals/1/2/attachments").kind()).isEqualTo(BodyLimits.Kind.JSON);
        assertThat(BodyLimits.ofApi("GET", "/api/v1/approvals/1/attachments").kind()).isEqualTo(BodyLimits.Kind.JSON);
        assertThat(BodyLimits.ofApi("PUT", "/api/v1/seating/admin/floors/7/plan").maxBytes()).isEqualTo(5 * BodyLimits.MB);
        assertThat(BodyLimits.mediaType("Text/CSV; charset=Shift_JIS")).isEqualTo("text/csv");
    }
}
