package jp.shokuba.directory.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shokuba.directory.domain.OrganizationRepository;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.PersonName;
import jp.shokuba.directory.domain.Position;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import jp.shokuba.directory.domain.UnitKind;
import jp.shokuba.platform.DemoData;

/**
 * The demo city hall: the departments of the city's printer survey plus 市民課 and 総務課, under
 * four 局 and the special posts (特別職), with about ninety staff. Every rank is present and the
 * named demo accounts of the README hold one role each. Every demo password is "demo".
 */
@Stateless
public class DemoDirectory implements DemoData {

    public static final String PASSWORD = "demo";

    /** Code, name, kind, parent code: parents first. */
    private static final String[][] UNITS = {
            {"000", "特別職", "DIVISION", ""},
            {"010", "総務局", "DIVISION", ""},
            {"0110", "総務課", "DEPARTMENT", "010"},
            {"01101", "庶務係", "TEAM", "0110"},
            {"01102", "文書係", "TEAM", "0110"},
            {"0120", "秘書課", "DEPARTMENT", "010"},
            {"01201", "秘書係", "TEAM", "0120"},
            {"0130", "情報政策課", "DEPARTMENT", "010"},
            {"01301", "情報企画係", "TEAM", "0130"},
            {"01302", "システム係", "TEAM", "0130"},
            {"020", "都市政策局", "DIVISION", ""},
            {"0210", "企画調整課", "DEPARTMENT", "020"},
            {"02101", "企画係", "TEAM", "0210"},
            {"02102", "調整係", "TEAM", "0210"},
            {"0220", "広報広聴課", "DEPARTMENT", "020"},
            {"02201", "広報係", "TEAM", "0220"},
            {"02202", "広聴係", "TEAM", "0220"},
            {"0230", "交通政策課", "DEPARTMENT", "020"},
            {"02301", "交通計画係", "TEAM", "0230"},
            {"0240", "調査統計室", "OFFICE", "020"},
            {"02401", "統計係", "TEAM", "0240"},
            {"0250", "歩ける環境推進課", "DEPARTMENT", "020"},
            {"02501", "推進係", "TEAM", "0250"},
            {"030", "市民局", "DIVISION", ""},
            {"0310", "市民課", "DEPARTMENT", "030"},
            {"03101", "住民記録係", "TEAM", "0310"},
            {"03102", "証明係", "TEAM", "0310"},
            {"040", "文化スポーツ局", "DIVISION", ""},
            {"0410", "文化政策課", "DEPARTMENT", "040"},
            {"04101", "文化企画係", "TEAM", "0410"},
    };

    /** The accounts the README names: login, name, kana, unit code, position, granted roles. */
    private static final String[][] NAMED = {
            {"admin", "山田 花子", "ヤマダ ハナコ", "01302", "SENIOR_STAFF", "ADMIN"},
            {"tanaka", "田中 太郎", "タナカ タロウ", "02101", "STAFF_MEMBER", ""},
            {"sato", "佐藤 健一", "サトウ ケンイチ", "02101", "TEAM_LEADER", ""},
            {"takahashi", "高橋 直樹", "タカハシ ナオキ", "0210", "DEPARTMENT_HEAD", ""},
            {"ito", "伊藤 誠", "イトウ マコト", "020", "DIVISION_HEAD", ""},
            {"watanabe", "渡辺 陽子", "ワタナベ ヨウコ", "01102", "SENIOR_STAFF", "RECORDS"},
            {"yamamoto", "山本 聡", "ヤマモト サトシ", "01102", "TEAM_LEADER", "RECORDS,RECORDS_PII"},
            {"nakamura", "中村 美咲", "ナカムラ ミサキ", "01101", "SENIOR_STAFF", "FACILITIES"},
            {"kobayashi", "小林 隆", "コバヤシ タカシ", "000", "MAYOR", ""},
    };

    private static final String[][] FAMILY = {
            {"鈴木", "スズキ", "suzuki"}, {"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"},
            {"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"},
            {"井上", "イノウエ", "inoue"}, {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"},
            {"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"}, {"山崎", "ヤマザキ", "yamazaki"},
            {"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
            {"阿部", "アベ", "abe"}, {"石川", "イシカワ", "ishikawa"}, {"山下", "ヤマシタ", "yamashita"},
            {"中島", "ナカジマ", "nakajima"}, {"石井", "イシイ", "ishii"}, {"小川", "オガワ", "ogawa"},
            {"前田", "マエダ", "maeda"}, {"岡田", "オカダ", "okada"}, {"長谷川", "ハセガワ", "hasegawa"},
            {"藤田", "フジタ", "fujita"}, {"後藤", "ゴトウ", "goto"}, {"近藤", "コンドウ", "kondo"},
            {"村上", "ムラカミ", "murakami"}, {"遠藤", "エンドウ", "endo"}, {"青木", "アオキ", "aoki"},
            {"坂本", "サカモト", "sakamoto"}, {"北村", "キタムラ", "kitamura"}, {"中川", "ナカガワ", "nakagawa"},
            {"西田", "ニシダ", "nishida"}, {"米田", "ヨネダ", "yoneda"}, {"辻", "ツジ", "tsuji"},
            {"浅野", "アサノ", "asano"}, {"宮本", "ミヤモト", "miyamoto"}, {"松田", "マツダ", "matsuda"},
            {"竹内", "タケウチ", "takeuchi"}, {"表", "オモテ", "omote"}, {"寺西", "テラニシ", "teranishi"},
    };

    private static final String[][] GIVEN = {
            {"太一", "タイチ"}, {"美穂", "ミホ"}, {"大輔", "ダイスケ"}, {"由美", "ユミ"}, {"翔太", "ショウタ"},
            {"愛", "アイ"}, {"拓也", "タクヤ"}, {"恵", "メグミ"}, {"亮", "リョウ"}, {"彩", "アヤ"},
            {"和也", "カズヤ"}, {"千尋", "チヒロ"}, {"剛", "ツヨシ"}, {"奈々", "ナナ"}, {"浩二", "コウジ"},
            {"舞", "マイ"}, {"修", "オサム"}, {"優子", "ユウコ"}, {"賢治", "ケンジ"}, {"香織", "カオリ"},
            {"悠斗", "ユウト"}, {"結衣", "ユイ"}, {"正樹", "マサキ"}, {"智子", "トモコ"}, {"俊介", "シュンスケ"},
    };

    @Inject
    OrganizationRepository units;

    @Inject
    StaffRepository staff;

    @Inject
    Passwords passwords;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean present() {
        return staff.byLogin("admin").isPresent();
    }

    @Override
    public void load() {
        Map<String, OrganizationUnit> byCode = new HashMap<>();
        for (String[] u : UNITS) {
            OrganizationUnit parent = u[3].isEmpty() ? null : byCode.get(u[3]);
            byCode.put(u[0], units.byCode(u[0]).orElseGet(
                    () -> units.add(new OrganizationUnit(u[0], u[1], UnitKind.valueOf(u[2]), parent))));
        }
        String hash = passwords.hash(PASSWORD.toCharArray());
        Roster roster = new Roster(hash);
        for (String[] n : NAMED) {
            roster.addNamed(n[0], PersonName.parse(n[1], n[2]), byCode.get(n[3]), Position.valueOf(n[4]), n[5]);
        }
        for (String[] u : UNITS) {
            OrganizationUnit unit = byCode.get(u[0]);
            for (Position post : postsOf(unit)) {
                if (!roster.filled(unit, post)) {
                    roster.addGenerated(unit, post);
                }
            }
        }
        roster.people.forEach(staff::add);
    }

    /** Who works in a unit of this kind; some 課 also have a 課長補佐. */
    private static List<Position> postsOf(OrganizationUnit unit) {
        return switch (unit.kind()) {
            case DIVISION -> unit.code().equals("000")
                    ? List.of(Position.MAYOR, Position.DEPUTY_MAYOR, Position.DEPUTY_MAYOR)
                    : List.of(Position.DIVISION_HEAD);
            case DEPARTMENT, OFFICE -> Set.of("0110", "0210", "0310").contains(unit.code())
                    ? List.of(Position.DEPARTMENT_HEAD, Position.DEPUTY_HEAD)
                    : List.of(Position.DEPARTMENT_HEAD);
            case TEAM -> List.of(Position.TEAM_LEADER, Position.SENIOR_STAFF, Position.STAFF_MEMBER,
                    Position.STAFF_MEMBER);
        };
    }

    /** Builds the staff list: numbers employees in order and keeps logins unique. */
    private static final class Roster {
        private final String passwordHash;
        private final List<Staff> people = new ArrayList<>();
        private final Set<String> logins = new HashSet<>();
        private final Map<OrganizationUnit, List<Position>> named = new HashMap<>();
        private int generated;

        Roster(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        /** Whether a named account already holds this post here (each named account fills one slot). */
        boolean filled(OrganizationUnit unit, Position post) {
            List<Position> taken = named.get(unit);
            return taken != null && taken.remove(post);
        }

        void addNamed(String login, PersonName name, OrganizationUnit unit, Position post, String roles) {
            add(login, name, unit, post, roles);
            named.computeIfAbsent(unit, u -> new ArrayList<>()).add(post);
        }

        private void add(String login, PersonName name, OrganizationUnit unit, Position post, String roles) {
            Staff s = new Staff(String.format("20%05d", people.size() + 1), login, name,
                    login + "@city-hall.example", unit, post);
            s.changePasswordHash(passwordHash);
            s.markAsDemo();
            EnumSet<Role> granted = EnumSet.noneOf(Role.class);
            for (String r : roles.split(",")) {
                if (!r.isBlank()) {
                    granted.add(Role.valueOf(r));
                }
            }
            s.grantOnly(granted);
            people.add(s);
            logins.add(login);
        }

        void addGenerated(OrganizationUnit unit, Position post) {
            String[] family = FAMILY[(generated * 7) % FAMILY.length];
            String[] given = GIVEN[(generated * 11) % GIVEN.length];
            generated++;
            String login = family[2];
            for (int n = 2; logins.contains(login); n++) {
                login = family[2] + n;
            }
            add(login, new PersonName(family[0], given[0], family[1], given[1]), unit, post, "");
        }
    }
}
