package jp.shokuba.seating;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.shokuba.it.Api;

/** Two people of the same 係 from the test pool (past the indices other tests book for), both without a desk that day. */
final class Teammates {

    private Teammates() {
    }

    static String[] pairFreeOn(LocalDate day) {
        return pairFreeOn(day, 0);
    }

    /** The {@code nth} such pair (so that two tests need not share one). */
    static String[] pairFreeOn(LocalDate day, int nth) {
        Map<String, String> teamOf = Api.as("admin").get("/api/v1/staff?max=500").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("login"), s -> s.getString("teamCode")));
        List<String> candidates = IntStream.concat(IntStream.range(69, 200), IntStream.range(26, 37)).mapToObj(i -> {
            try {
                return TestFloor.staff(i);
            } catch (IndexOutOfBoundsException end) {
                return null;
            }
        }).filter(l -> l != null && !teamOf.getOrDefault(l, "").isEmpty() && freeOn(l, day)).toList();
        int found = 0;
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                if (teamOf.get(candidates.get(i)).equals(teamOf.get(candidates.get(j))) && found++ == nth) {
                    return new String[] {candidates.get(i), candidates.get(j)};
                }
            }
        }
        throw new IllegalStateException("no two teammates without a desk on " + day + " in the test pool");
    }

    private static boolean freeOn(String login, LocalDate day) {
        return Api.as(login).get("/api/v1/me/bookings?from=" + day + "&days=0").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(b -> List.of("BOOKED", "CHECKED_IN").contains(b.getString("status")));
    }
}
