package jp.shokuba.meetings.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file field of a multipart/form-data body, as browsers and curl send it. */
class MultipartFileTest {

    private static final String TYPE = "multipart/form-data; boundary=----x1";

    @Test
    void theFileFieldIsFoundAmongOthersWithItsJapaneseName() {
        String body = "------x1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n会議\r\n"
                + "------x1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"予算案.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\nbody\r\n------x1--\r\n";
        MultipartFile f = MultipartFile.field(TYPE, body.getBytes(StandardCharsets.UTF_8), "file").orElseThrow();

        assertThat(f.fileName()).isEqualTo("予算案.pdf");
        assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7\r\nbody");
    }

    @Test
    void aBodyWithoutTheFieldOrNotMultipartYieldsNothing() {
        String body = "------x1\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n------x1--\r\n";
        assertThat(MultipartFile.field(TYPE, body.getBytes(StandardCharsets.UTF_8), "file")).isEmpty();
        assertThat(MultipartFile.field("application/pdf", new byte[] {1}, "file")).isEmpty();
        assertThat(MultipartFile.field(TYPE, "------x1\r\nbroken".getBytes(StandardCharsets.UTF_8), "file")).isEmpty();
    }
}
