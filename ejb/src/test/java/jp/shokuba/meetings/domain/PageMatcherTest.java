package jp.shokuba.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages of two versions of a material are matched by what they say and show, not by their numbers. */
class PageMatcherTest {

    private static PagePrint page(String text, long hash) {
        return PagePrint.of(text, hash);
    }

    @Test
    void aCoverPageInsertedInFrontMovesEveryPageOneOn() {
        List<PagePrint> old = List.of(page("第1号議案 令和9年度一般会計予算について", 0x0F0F), page("第2号議案 市営住宅の家賃改定について", 0xF0F0));
        List<PagePrint> revised = List.of(page("表紙 差し替え版", 0xFFFF), page("第1号議案 令和9年度一般会計予算について", 0x0F0F),
                page("第2号議案 市営住宅の家賃改定について", 0xF0F0));

        assertThat(PageMatcher.match(old, revised)).isEqualTo(Map.of(1, 2, 2, 3));
    }

    @Test
    void aPageReplacedByAnotherTopicFindsNoPartner() {
        List<PagePrint> old = List.of(page("第3号議案 公園管理条例の一部改正について", 0x00FF));
        List<PagePrint> revised = List.of(page("第4号議案 図書館の開館時間の延長について", 0xFF00));

        assertThat(PageMatcher.match(old, revised)).isEmpty();
    }

    @Test
    void aPageWithASmallCorrectionStillMatches() {
        List<PagePrint> old = List.of(page("歳出予算 総額 12億3,400万円 前年度比 2.1%増", 0x1234));
        List<PagePrint> revised = List.of(page("歳出予算 総額 12億3,500万円 前年度比 2.2%増", 0x1234));

        assertThat(PageMatcher.match(old, revised)).isEqualTo(Map.of(1, 1));
    }

    @Test
    void pagesWithoutTextAreMatchedByTheirPicture() {
        List<PagePrint> old = List.of(page("", 0x0000_0000_FFFF_FFFFL), page("", 0xFFFF_FFFF_0000_0000L));
        List<PagePrint> revised = List.of(page("", 0xFFFF_FFFF_0000_0000L), page("", 0x0000_0000_FFFF_FFFFL));

        assertThat(PageMatcher.match(old, revised)).isEqualTo(Map.of(1, 2, 2, 1));
    }

    @Test
    void aPrintSurvivesItsStoredLine() {
        PagePrint p = page("全角１２３ と 空白", 0x8000_0000_0000_0001L);
        assertThat(PagePrint.ofLine(p.line())).isEqualTo(p);
        assertThat(p.text()).isEqualTo("全角123と空白");
    }
}
