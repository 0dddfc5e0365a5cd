package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.shokuba.it.GeneratedClient;
import jp.shokuba.it.OpenApiDocument;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client developer's first hour: a Java client generated from the running platform's {@code /openapi} books a
 * desk and reads the booking back, with typed request and answer models rather than untyped maps. (Payara names
 * a Java {@code long} of the web archive's classes {@code number}, so ids are {@code BigDecimal} in the client.)
 */
@ExtendWith(Platform.class)
class GeneratedBookingClientIT {

    @Test
    void aGeneratedJavaClientBooksADeskAndReadsTheTypedBookingBack() throws Exception {
        Path document = OpenApiDocument.saveYaml("generated-client.yaml");
        GeneratedClient client = GeneratedClient.from(document);
        TestFloor floor = TestFloor.create(1, 1);
        LocalDate day = today().plusDays(4);
        Object bookings = client.api("DefaultApi", staff(68), "demo");

        Object request = client.model("BookDesk");
        GeneratedClient.call(request, "setDeskId", BigDecimal.valueOf(floor.desk("A1")));
        GeneratedClient.call(request, "setDate", day);
        GeneratedClient.call(request, "setSlot", client.enumValue("BookDesk$SlotEnum", "AM"));
        Object booked = GeneratedClient.call(bookings, "book", request);
        long id = (Long) GeneratedClient.call(booked, "getId");
        Object again = GeneratedClient.call(bookings, "getBooking", BigDecimal.valueOf(id));

        assertThat(booked.getClass().getSimpleName()).isEqualTo("BookingSummary");
        assertThat(GeneratedClient.call(again, "getDeskLabel")).isEqualTo("A1");
        assertThat(GeneratedClient.call(again, "getDate")).isEqualTo(day);
        assertThat(GeneratedClient.call(again, "getStatus")).isEqualTo("BOOKED");
    }
}
