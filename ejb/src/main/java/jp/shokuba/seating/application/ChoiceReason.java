package jp.shokuba.seating.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import jp.shokuba.seating.domain.DeskChoice;
import jp.shokuba.seating.domain.DeskFeature;

/** Why a desk was chosen, in words: "窓側・チームから 3 席" / "by a window · 3 desks from your team". */
public final class ChoiceReason {

    private static final String BUNDLE = "jp.shokuba.platform.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ChoiceReason() {
    }

    /** The reason's message keys, most telling first. */
    static List<String> keys(DeskChoice.Reason r) {
        List<String> keys = new java.util.ArrayList<>();
        if (r.asked()) {
            keys.add("seating.reason.asked");
        }
        if (r.inZone()) {
            keys.add("seating.reason.zone");
        }
        if (r.neighbourhood()) {
            keys.add("seating.reason.neighbourhood");
        }
        if (r.accessible()) {
            keys.add("seating.reason.accessible");
        }
        r.features().stream().filter(f -> f != DeskFeature.ACCESSIBLE || !r.accessible()).sorted()
                .forEach(f -> keys.add("seating.reason.feature." + f.name()));
        if (!r.asked() && r.from() == DeskChoice.Anchor.TEAM) {
            keys.add("seating.reason.fromTeam");
        } else if (!r.asked() && r.from() == DeskChoice.Anchor.DESK) {
            keys.add("seating.reason.fromDesk");
        } else if (r.from() == DeskChoice.Anchor.OTHER_FLOOR) {
            keys.add("seating.reason.otherFloor");
        }
        return keys;
    }

    public static String text(AssignedDesk a, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ChoiceReason.class.getClassLoader(), NO_FALLBACK);
        String separator = locale.getLanguage().equals("en") ? " · " : "・";
        return a.reasons().stream().map(k -> bundle.containsKey(k) ? new MessageFormat(bundle.getString(k), locale)
                .format(new Object[] {a.seats()}) : k).collect(Collectors.joining(separator));
    }
}
