package jp.shokuba.meetings.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file field of a {@code multipart/form-data} body (RFC 7578), read without a multipart library: the field's
 * file name and bytes. Anything malformed yields empty, and the caller answers 400.
 */
record MultipartFile(String fileName, byte[] bytes) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME_STAR = Pattern.compile("filename\\*=UTF-8''([^;\\r\\n]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    static Optional<MultipartFile> field(String contentType, byte[] body, String field) {
        if (contentType == null || body == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 > body.length || (body[headersStart] == '-' && body[headersStart + 1] == '-')) {
                return Optional.empty();
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                return Optional.empty();
            }
            int next = indexOf(body, ("\r\n--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                return Optional.empty();
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                return Optional.of(new MultipartFile(fileName(headers), Arrays.copyOfRange(body, headersEnd + 4, next)));
            }
            at = next + 2;
        }
        return Optional.empty();
    }

    private static String fileName(String headers) {
        Matcher star = FILE_NAME_STAR.matcher(headers);
        if (star.find()) {
            return java.net.URLDecoder.decode(star.group(1).strip(), StandardCharsets.UTF_8);
        }
        Matcher plain = FILE_NAME.matcher(headers);
        return plain.find() ? plain.group(1) : "material.pdf";
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
