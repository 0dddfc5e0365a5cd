package jp.shokuba.directory.application.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded CSV into text. HR systems and Excel on Windows write Shift_JIS
 * (in Microsoft's variant, Windows-31J); newer ones write UTF-8, often with a byte-order mark.
 * Valid UTF-8 is taken as UTF-8; anything else is read as Windows-31J, strictly.
 */
public final class CsvText {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvText() {
    }

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        try {
            String text = strict(StandardCharsets.UTF_8, bytes);
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(WINDOWS_31J, bytes), WINDOWS_31J);
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    public record Decoded(String text, Charset charset) {
    }
}
