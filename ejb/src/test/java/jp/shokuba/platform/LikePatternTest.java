package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void percentUnderscoreAndTheEscapeCharacterAreFoundAsTyped() {
        assertThat(LikePattern.containing("100%_!")).isEqualTo("%100!%!_!!%");
        assertThat(LikePattern.containing("田中")).isEqualTo("%田中%");
    }

    @Test
    void aPrefixMatchesOnlyTextBeginningWithItLiterally() {
        assertThat(LikePattern.startingWith("approval.")).isEqualTo("approval.%");
        assertThat(LikePattern.startingWith("%_.")).isEqualTo("!%!_.%");
    }
}
