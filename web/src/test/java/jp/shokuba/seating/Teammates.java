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
        Map<String, String> teamOf = units().entrySet().stream().filter(e -> e.getValue()[1].equals("TEAM"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0]));
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

    /** login → {unit code, unit kind} of every member of staff, from the directory's tables. */
    static Map<String, String[]> units() {
        Map<String, String[]> units = new java.util.HashMap<>();
        try (java.sql.Connection db = jp.shokuba.it.TestDatabase.asApplication();
             java.sql.PreparedStatement q = db.prepareStatement("SELECT s.login, u.code, u.kind FROM directory.staff s"
                     + " JOIN directory.organization_unit u ON u.id = s.unit_id");
             java.sql.ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                units.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return units;
    }

    /** Signs in with the demo password (other tests import staff who have none) and has no live booking that day. */
    private static boolean freeOn(String login, LocalDate day) {
        Api.Reply mine = Api.as(login).get("/api/v1/me/bookings?from=" + day + "&days=0");
        return mine.status() == 200 && mine.array().getValuesAs(JsonObject.class).stream()
                .noneMatch(b -> List.of("BOOKED", "CHECKED_IN").contains(b.getString("status")));
    }
}
