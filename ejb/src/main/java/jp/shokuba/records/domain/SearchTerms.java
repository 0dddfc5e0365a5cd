package jp.shokuba.records.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of PostgreSQL's {@code tsvector} (configuration {@code simple}) for Japanese text, and the
 * {@code tsquery} that finds a query in them. Japanese characters become unigrams and character bigrams at
 * their position, so any substring of two or more characters is a phrase of bigrams and a one-character
 * word (税) is its unigram; runs of Latin letters and digits (amounts, numbers) are whole words; Kuromoji's
 * longer words are added for ranking. Index and query go through the same {@link JapaneseText#search}.
 * Lexemes hold only letters, digits and ー々〆, so they never need quoting beyond the surrounding quotes.
 */
public final class SearchTerms {

    /** PostgreSQL keeps positions up to this; later ones collapse onto it. */
    private static final int MAX_POSITION = 16383;

    private SearchTerms() {
    }

    private record Unit(String text, int position, boolean japanese) {
    }

    /** The tsvector literal of a page's text. */
    public static String vector(String text) {
        String n = JapaneseText.search(text).text();
        List<Unit> units = units(n);
        StringBuilder v = new StringBuilder(n.length() * 12);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            add(v, u.text, u.position);
            if (u.japanese && i + 1 < units.size()) {
                Unit next = units.get(i + 1);
                if (next.japanese && next.position == u.position + 1) {
                    add(v, u.text + next.text, u.position);
                }
            }
        }
        for (Unit word : kuromojiWords(n)) {
            add(v, word.text, word.position);
        }
        return v.toString();
    }

    /** The tsquery literal that matches pages holding every whitespace-separated part of the query. */
    public static Optional<String> query(String q) {
        String n = JapaneseText.search(q).text();
        List<String> phrases = new ArrayList<>();
        for (String part : n.split(" ")) {
            phrase(units(part)).ifPresent(phrases::add);
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", phrases));
    }

    /** Kuromoji's words of three or more characters in the query, OR-ed, to rank pages holding them as words. */
    public static Optional<String> rankingQuery(String q) {
        Set<String> words = new LinkedHashSet<>();
        kuromojiWords(JapaneseText.search(q).text()).forEach(w -> words.add(quote(w.text)));
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", words));
    }

    private static Optional<String> phrase(List<Unit> units) {
        List<Unit> lexemes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean joinsNext = u.japanese && i + 1 < units.size() && units.get(i + 1).japanese
                    && units.get(i + 1).position == u.position + 1;
            boolean joinedByPrevious = u.japanese && i > 0 && units.get(i - 1).japanese
                    && units.get(i - 1).position == u.position - 1;
            if (joinsNext) {
                lexemes.add(new Unit(u.text + units.get(i + 1).text, u.position, true));
            } else if (!joinedByPrevious) {
                lexemes.add(u);
            }
        }
        if (lexemes.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder p = new StringBuilder(quote(lexemes.get(0).text));
        for (int i = 1; i < lexemes.size(); i++) {
            p.append(" <").append(lexemes.get(i).position - lexemes.get(i - 1).position).append("> ")
                    .append(quote(lexemes.get(i).text));
        }
        return Optional.of(lexemes.size() == 1 ? p.toString() : "(" + p + ")");
    }

    private static List<Unit> units(String n) {
        List<Unit> units = new ArrayList<>();
        int position = 1;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (latin(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                units.add(new Unit(word.toString(), position++, false));
                word.setLength(0);
            }
            if (c == ' ') {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == 'ー' || c == '々' || c == '〆') {
                if (Character.isHighSurrogate(c) && i + 1 < n.length()) {
                    units.add(new Unit(n.substring(i, i + 2), position++, true));
                    i++;
                } else {
                    units.add(new Unit(String.valueOf(c), position++, true));
                }
            } else {
                position++;
            }
        }
        if (word.length() > 0) {
            units.add(new Unit(word.toString(), position, false));
        }
        return units;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Kuromoji's words of three or more Japanese characters, at the position of their first character. */
    private static List<Unit> kuromojiWords(String n) {
        List<Unit> words = new ArrayList<>();
        List<Unit> units = units(n);
        if (units.isEmpty()) {
            return words;
        }
        // Kuromoji reads the text without the blanks and punctuation, one Japanese run at a time.
        StringBuilder run = new StringBuilder();
        int start = -1;
        int last = -2;
        for (Unit u : units) {
            if (u.japanese && u.position == last + 1) {
                run.append(u.text);
            } else {
                tokenize(run, start, words);
                run.setLength(0);
                if (u.japanese) {
                    run.append(u.text);
                    start = u.position;
                }
            }
            last = u.japanese ? u.position : -2;
        }
        tokenize(run, start, words);
        return words;
    }

    private static void tokenize(CharSequence run, int start, List<Unit> into) {
        if (run.length() < 3) {
            return;
        }
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    tokenizer.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokenizer.setReader(new StringReader(run.toString()));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (term.length() >= 3 && term.codePoints().allMatch(Character::isLetterOrDigit)) {
                    into.add(new Unit(term.toString(), start + offset.startOffset(), true));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(StringBuilder v, String lexeme, int position) {
        v.append(quote(lexeme)).append(':').append(Math.min(position, MAX_POSITION)).append(' ');
    }

    private static String quote(String lexeme) {
        return "'" + lexeme + "'";
    }
}
