package jp.shokuba.platform;

/**
 * One context's part of the demo data. Loaded only in demo mode, in ascending {@link #order()},
 * each part in its own transaction; a part that is already present is left alone.
 */
public interface DemoData {

    int order();

    boolean present();

    void load();
}
