package jp.shokuba.paper.domain;

import java.util.List;

/**
 * The counters read from a device: the Printer-MIB total of every device and, where configured, the vendor's
 * colour, monochrome and large-size (A3) counters. Each is booked the same way: reset, wrap, replaced device and
 * silent days alike.
 */
public enum CounterKind {
    TOTAL("total", "合計"),
    COLOUR("colour", "カラー"),
    MONO("mono", "モノクロ"),
    LARGE("a3", "A3 (大判)");

    private final String jsonName;
    private final String japaneseName;

    CounterKind(String jsonName, String japaneseName) {
        this.jsonName = jsonName;
        this.japaneseName = japaneseName;
    }

    /** The counters beside the total, that a device may or may not have configured. */
    public static List<CounterKind> extras() {
        return List.of(COLOUR, MONO, LARGE);
    }

    /** The name in the API's JSON and the survey sheet's columns. */
    public String jsonName() {
        return jsonName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
