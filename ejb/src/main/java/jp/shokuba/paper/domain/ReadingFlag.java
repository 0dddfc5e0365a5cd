package jp.shokuba.paper.domain;

/** How a day's pages were obtained; everything but NORMAL is shown to the reader as a mark on the reading. */
public enum ReadingFlag {
    /** The first answer of a device: its counter is the baseline, no pages yet. */
    BASELINE("基準値"),
    NORMAL("正常"),
    /** The 32-bit counter passed 2^32 and started again from zero; the pages across the wrap are counted. */
    WRAP("桁あふれ"),
    /** The counter went down: the counter was reset (maintenance); a new baseline, the day's pages are unknown. */
    RESET("リセット"),
    /** The device answered with another serial number: a replaced device; a new baseline. */
    REPLACED("機器交換"),
    /** No answer that day (yet). */
    SILENT("無応答"),
    /** A day whose pages were inferred: its share of the delta read after one or more silent days. */
    BRIDGED("補間");

    private final String japaneseName;

    ReadingFlag(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
