package jp.shokuba.seating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlotTest {

    @Test
    void theWholeDayOverlapsMorningAndAfternoonWhichDoNotOverlapEachOther() {
        assertThat(Slot.DAY.overlaps(Slot.AM)).isTrue();
        assertThat(Slot.PM.overlaps(Slot.DAY)).isTrue();
        assertThat(Slot.AM.overlaps(Slot.PM)).isFalse();
        assertThat(Slot.AM.end()).isBefore(Slot.PM.start());
    }

    @Test
    void slotsAreReadInAnyCaseAndNothingElse() {
        assertThat(Slot.parse(" pm ")).isEqualTo(Slot.PM);
        assertThatThrownBy(() -> Slot.parse("EVENING")).isInstanceOf(IllegalArgumentException.class);
    }
}
