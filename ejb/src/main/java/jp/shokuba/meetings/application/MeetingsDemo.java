package jp.shokuba.meetings.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.meetings.domain.MeetingStore;
import jp.shokuba.meetings.infrastructure.SampleMaterial;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.DemoData;

/** The demo city hall's paperless meeting: 佐藤's team meeting tomorrow, with a three-page material to write on. */
@Stateless
public class MeetingsDemo implements DemoData {

    private static final String TITLE = "企画係 定例会（ペーパーレス）";
    private static final String CONFIDENTIAL_TITLE = "企画調整課 課内会議（取扱注意）";
    private static final String PLANNING_SECTION = "0210";

    @Inject
    MeetingService meetings;

    @Inject
    MeetingStore store;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean present() {
        return store.meetingsOf("sato", Instant.EPOCH).stream().anyMatch(m -> m.title().equals(TITLE));
    }

    @Override
    public void load() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        try {
            long id = meetings.create("sato", new NewMeeting(TITLE,
                    tomorrow.atTime(10, 0).atZone(CityTime.ZONE).toInstant(),
                    tomorrow.atTime(11, 0).atZone(CityTime.ZONE).toInstant(), null,
                    List.of("tanaka", "takahashi"), List.of(), List.of(), List.of("令和9年度予算要求", "窓口のペーパーレス化"),
                    false));
            meetings.addMaterial("sato", id, "定例会資料.pdf", SampleMaterial.pages(List.of(
                    List.of("企画係 定例会", "令和9年度予算要求について"),
                    List.of("1. 予算要求の概要", "歳出総額 1億2,300万円（前年度比 2.1%増）"),
                    List.of("2. 窓口のペーパーレス化", "申請書の電子化 12 件、紙の配布資料 41% 減"))));
            long confidential = meetings.create("takahashi", new NewMeeting(CONFIDENTIAL_TITLE,
                    tomorrow.atTime(15, 0).atZone(CityTime.ZONE).toInstant(),
                    tomorrow.atTime(16, 0).atZone(CityTime.ZONE).toInstant(), null,
                    List.of(), List.of(PLANNING_SECTION), List.of(), List.of("来年度の係の体制"), true));
            meetings.addMaterial("takahashi", confidential, "体制案.pdf", SampleMaterial.pages(List.of(
                    List.of("企画調整課 課内会議（取扱注意）", "来年度の係の体制（案）"))));
        } catch (BusinessException e) {
            throw new IllegalStateException("demo meeting not loaded", e);
        }
    }
}
