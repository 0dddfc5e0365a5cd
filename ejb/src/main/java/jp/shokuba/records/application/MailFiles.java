package jp.shokuba.records.application;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/** The files a mail brings for intake: its attachments, or, when it has none, the message itself as {@code .eml}. */
final class MailFiles {

    record File(String name, String contentType, InputStream content) {
    }

    private MailFiles() {
    }

    static List<File> of(Message m) throws MessagingException, IOException {
        List<File> files = new ArrayList<>();
        collect(m, files);
        if (files.isEmpty()) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            m.writeTo(whole);
            String subject = m.getSubject() == null || m.getSubject().isBlank() ? "mail" : m.getSubject();
            files.add(new File(subject + ".eml", "message/rfc822", new ByteArrayInputStream(whole.toByteArray())));
        }
        return files;
    }

    private static void collect(Part part, List<File> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            files.add(new File(decoded(part.getFileName()), part.getContentType(), part.getInputStream()));
        }
    }

    /** An RFC 2047 encoded name (=?ISO-2022-JP?B?…?=, as Japanese mailers send) in plain text. */
    private static String decoded(String name) {
        if (name == null) {
            return "attachment";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }
}
