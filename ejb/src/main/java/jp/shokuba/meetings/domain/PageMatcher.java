package jp.shokuba.meetings.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the pages of a material's old version to those of its new version by content, not by number: a page moved
 * from 2 to 3 keeps its notes; a page gone finds no partner and its notes become orphaned. Pairs are taken best
 * first, each page at most once; a pair below {@link #THRESHOLD} is no match.
 */
public final class PageMatcher {

    public static final double THRESHOLD = 0.55;

    private PageMatcher() {
    }

    /** Old page number → new page number (both from 1), for the old pages that have a partner. */
    public static Map<Integer, Integer> match(List<PagePrint> oldPages, List<PagePrint> newPages) {
        record Pair(int from, int to, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < oldPages.size(); i++) {
            for (int j = 0; j < newPages.size(); j++) {
                double s = oldPages.get(i).similarity(newPages.get(j));
                if (s >= THRESHOLD) {
                    // the same number breaks a tie between equally alike pages
                    pairs.add(new Pair(i + 1, j + 1, s + (i == j ? 1e-6 : 0)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Map<Integer, Integer> matched = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!matched.containsKey(p.from()) && taken.add(p.to())) {
                matched.put(p.from(), p.to());
            }
        }
        return matched;
    }
}
