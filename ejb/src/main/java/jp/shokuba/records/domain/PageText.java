package jp.shokuba.records.domain;

import java.util.List;

/**
 * One page as intake leaves it: its text already masked, its lines with their boxes (OCR pages only), how it
 * was read, and the page image shown to people (redacted where a My Number was), as JPEG.
 *
 * @param source {@code text} for a born-digital text layer, or the Tesseract language used ({@code jpn},
 *               {@code jpn_vert}, {@code jpn+eng}), or {@code blank}
 */
public record PageText(int number, String text, List<TextLine> lines, String source, double confidence,
                       byte[] preview, List<String> myNumbers, java.util.Set<PersonalData.Kind> personalData) {
}
