package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meeting rooms by time range: overlaps refused by the database, adjacent meetings fine. */
@ExtendWith(Platform.class)
class SeatingRoomsApiIT {

    private static Api.Reply bookRoom(String login, long room, LocalDate day, String from, String to) {
        return Api.as(login).post("/api/v1/seating/room-bookings", Json.createObjectBuilder().add("roomId", room)
                .add("title", "打合せ").add("start", day + "T" + from).add("end", day + "T" + to).build());
    }

    private static long newRoom() {
        TestFloor floor = TestFloor.create(1, 1);
        Api.Reply room = TestFloor.FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/rooms",
                Json.createObjectBuilder().add("name", "会議室" + floor.name).add("capacity", 6).add("equipment", "モニター").build());
        assertThat(room.status()).isEqualTo(201);
        return room.json().getJsonNumber("id").longValue();
    }

    @Test
    void overlappingRoomBookingsAreRefusedAndAdjacentOnesAccepted() {
        long room = newRoom();
        LocalDate day = today().plusDays(3);

        Api.Reply first = bookRoom(staff(21), room, day, "10:00", "11:00");
        Api.Reply overlapping = bookRoom(staff(22), room, day, "10:30", "11:30");
        Api.Reply adjacent = bookRoom(staff(22), room, day, "11:00", "12:00");

        assertThat(first.status()).isEqualTo(201);
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().getString("type")).endsWith("seating.roomTaken");
        assertThat(adjacent.status()).isEqualTo(201);
        assertThat(Api.as(staff(21)).get("/api/v1/seating/rooms/" + room + "/bookings?date=" + day).array()).hasSize(2);
        assertThat(Api.as(staff(21)).get("/api/v1/seating/rooms").array().getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("name")).isEqualTo("会議室201"));

        long id = first.json().getJsonNumber("id").longValue();
        assertThat(Api.as(staff(22)).delete("/api/v1/seating/room-bookings/" + id).status()).isEqualTo(404);
        assertThat(Api.as(staff(21)).delete("/api/v1/seating/room-bookings/" + id).status()).isEqualTo(204);
        assertThat(bookRoom(staff(22), room, day, "10:00", "10:45").status()).isEqualTo(201);
    }

    @Test
    void manyPeopleRacingForOneRoomExactlyOneWins() throws Exception {
        long room = newRoom();
        LocalDate day = today().plusDays(4);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String login = staff(23 + i);
            int minute = i;
            replies.add(pool.submit(() -> {
                start.await();
                return bookRoom(login, room, day, "14:" + String.format("%02d", minute), "15:00");
            }));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Api.Reply> r : replies) {
            int status = r.get().status();
            created += status == 201 ? 1 : 0;
            refused += status == 409 ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(refused).isEqualTo(15);
    }

    @Test
    void aRoomBookingMustEndAfterItStarts() {
        long room = newRoom();
        assertThat(bookRoom(staff(21), room, today().plusDays(5), "15:00", "14:00").status()).isEqualTo(400);
    }

    /** A room booking says what it is for: an empty subject is refused (not saved as 会議), a long one names its limit. */
    @Test
    void aRoomBookingNeedsASubjectOfAtMost200Characters() {
        long room = newRoom();
        LocalDate day = today().plusDays(6);
        for (String title : new String[] {"", "   "}) {
            Api.Reply empty = Api.as(staff(21)).post("/api/v1/seating/room-bookings", Json.createObjectBuilder().add("roomId", room)
                    .add("title", title).add("start", day + "T09:00").add("end", day + "T10:00").build());
            assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
            assertThat(empty.json().getString("detail")).contains("件名");
        }
        Api.Reply tooLong = Api.as(staff(21)).post("/api/v1/seating/room-bookings", Json.createObjectBuilder().add("roomId", room)
                .add("title", "議".repeat(201)).add("start", day + "T09:00").add("end", day + "T10:00").build());
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().getString("detail")).contains("200").doesNotContain("title");
        assertThat(Api.as(staff(21)).get("/api/v1/seating/rooms/" + room + "/bookings?date=" + day).array()).isEmpty();
    }
}
