package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.DemoData;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.Building;
import jp.shokuba.seating.domain.Desk;
import jp.shokuba.seating.domain.DeskFeature;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.Locker;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Room;
import jp.shokuba.seating.domain.Slot;
import jp.shokuba.seating.domain.Zone;

/**
 * The demo offices: 第一本庁舎 2F with 300 desks in islands (neighbourhoods of 企画係, 調整係, 文書係 and 庶務係,
 * a quiet zone, two reserved accessible desks by the entrance), 3F with 120 desks for 広報広聴課 and 交通政策課,
 * and 第二本庁舎 1F for 市民課; meeting rooms; a locker for every member of staff; and a few bookings of
 * 企画係 for today and the next working day so that the floor view is not empty.
 */
@Stateless
public class SeatingDemo implements DemoData {

    static final String MAIN = "第一本庁舎";

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean present() {
        return places.buildingNamed(MAIN).isPresent();
    }

    @Override
    public void load() {
        Building main = persist(new Building(MAIN));
        Building annex = persist(new Building("第二本庁舎"));
        Floor f2 = floor(main, "2F", 2, 20, 15, new String[][] {
                {"企画係", "02101"}, {"調整係", "02102"}, {"文書係", "01102"}, {"庶務係", "01101"}, {"集中ゾーン", ""}});
        Floor f3 = floor(main, "3F", 3, 12, 10, new String[][] {
                {"広報広聴", "0220"}, {"交通計画係", "02301"}, {"フリー", ""}});
        Floor a1 = floor(annex, "1F", 1, 8, 6, new String[][] {{"市民課", "0310"}, {"フリー", ""}});
        persist(new Room(f2, "会議室201", 8, "プロジェクター, 大型モニター, Web会議"));
        persist(new Room(f2, "打合せ室202", 4, "大型モニター"));
        persist(new Room(f3, "会議室301", 12, "プロジェクター, ホワイトボード"));
        persist(new Room(a1, "相談室101", 4, ""));
        List<StaffSummary> staff = directory.searchStaff("", 0, 10_000);
        int n = 1;
        for (StaffSummary s : staff) {
            Locker locker = persist(new Locker(f2, String.format("L-%03d", n++)));
            locker.assignTo(s.login());
        }
        em.flush();
        bookSomeOfTheTeam(f2);
    }

    /** A floor of {@code columns} × {@code rows} desks in islands of 2 × 2; zones take 4 columns each from the left. */
    private Floor floor(Building building, String name, int level, int columns, int rows, String[][] zones) {
        int width = 200 + columns * 110 + (columns / 2) * 40;
        int height = 300 + rows * 90 + (rows / 2) * 50;
        Floor floor = persist(new Floor(building, name, level, width, height));
        List<Zone> zoneList = new ArrayList<>();
        for (String[] z : zones) {
            Zone zone = new Zone(floor, z[0]);
            zone.assignTeams(z[1].isEmpty() ? List.of() : List.of(z[1]));
            zoneList.add(persist(zone));
        }
        em.flush();
        int i = 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int x = 150 + c * 110 + (c / 2) * 40;
                int y = 220 + r * 90 + (r / 2) * 50;
                Desk desk = new Desk(floor, String.format("%s-%03d", name, i++), x, y);
                Set<DeskFeature> features = EnumSet.noneOf(DeskFeature.class);
                if (c % 2 == 0) {
                    features.add(DeskFeature.DUAL_MONITOR);
                }
                if (r == 0) {
                    features.add(DeskFeature.NEAR_WINDOW);
                }
                if (c % 10 == 9 && r % 3 == 0) {
                    features.add(DeskFeature.STANDING);
                }
                Zone zone = zoneList.get(Math.min(c / 4, zoneList.size() - 1));
                if (!zone.isNeighbourhood() && zone.name().equals("集中ゾーン")) {
                    features.add(DeskFeature.QUIET);
                }
                boolean reserved = r == rows - 1 && c < 2;
                if (reserved) {
                    features.add(DeskFeature.ACCESSIBLE);
                }
                desk.equip(features);
                desk.reserveForAccessibility(reserved);
                desk.placeIn(zone);
                em.persist(desk);
            }
        }
        floor.replacePlan(svgPlan(name, width, height, columns, zoneList.size()).getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        return floor;
    }

    /** A schematic plan: outer wall, windows along the top, the entrance, and the zone names. */
    static String svgPlan(String name, int width, int height, int columns, int zones) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">");
        svg.append("<rect x=\"20\" y=\"20\" width=\"").append(width - 40).append("\" height=\"").append(height - 40)
                .append("\" fill=\"#fbfbf8\" stroke=\"#5b6470\" stroke-width=\"12\"/>");
        svg.append("<line x1=\"60\" y1=\"20\" x2=\"").append(width - 60)
                .append("\" y2=\"20\" stroke=\"#8ecae6\" stroke-width=\"14\" stroke-dasharray=\"120 30\"/>");
        svg.append("<rect x=\"").append(width / 2 - 80).append("\" y=\"").append(height - 32)
                .append("\" width=\"160\" height=\"24\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(width / 2).append("\" y=\"").append(height - 40)
                .append("\" font-size=\"36\" text-anchor=\"middle\" fill=\"#5b6470\">入口 Entrance</text>");
        svg.append("<text x=\"60\" y=\"120\" font-size=\"48\" fill=\"#5b6470\">").append(name).append("</text>");
        for (int z = 0; z * 4 < columns; z++) {
            int x = 130 + z * 4 * 110 + z * 2 * 40;
            svg.append("<rect x=\"").append(x).append("\" y=\"160\" width=\"").append(4 * 110 + 40).append("\" height=\"")
                    .append(height - 260).append("\" fill=\"none\" stroke=\"#d0d7de\" stroke-width=\"4\" stroke-dasharray=\"16 12\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** 企画係 sits together today and on the next working day; 佐藤 has checked in today. */
    private void bookSomeOfTheTeam(Floor f2) {
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusDays(today.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        try {
            List<StaffSummary> team = directory.members("02101").stream().filter(s -> !s.login().equals("tanaka")).toList();
            int i = 0;
            for (StaffSummary s : team) {
                String label = String.format("2F-%03d", 2 + i * 20 + (i % 2));
                long deskId = places.deskLabelled(f2.id(), label).orElseThrow().id();
                bookings.tryBook(deskId, s.login(), today, Slot.DAY, null, null).ifPresent(id -> {
                    if (s.login().equals("sato")) {
                        bookings.byId(id).orElseThrow().checkIn(clock.instant(), today);
                    }
                });
                bookings.tryBook(deskId, s.login(), next, Slot.DAY, null, null);
                i++;
            }
        } catch (BusinessException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T persist(T thing) {
        em.persist(thing);
        return thing;
    }
}
