package jp.shokuba.approval.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/** A file attached to a document (PDF or Office), kept with its SHA-256 as part of the record. */
@Entity
@Table(schema = "approval", name = "attachment")
public class Attachment {

    public static final long MAX_SIZE = 20L * 1024 * 1024;
    private static final Set<String> ACCEPTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "approval_id", nullable = false, updatable = false)
    private long approvalId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {
    }

    public Attachment(long approvalId, String fileName, String contentType, byte[] content, String by, Instant now) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("ファイル名が正しくありません");
        }
        if (!ACCEPTED.contains(contentType)) {
            throw new IllegalArgumentException("添付できるのは PDF と Office のファイルだけです: " + contentType);
        }
        if (content.length == 0 || content.length > MAX_SIZE) {
            throw new IllegalArgumentException("添付ファイルは20MBまでです");
        }
        this.approvalId = approvalId;
        this.fileName = fileName.strip();
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public static boolean accepted(String contentType) {
        return ACCEPTED.contains(contentType);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long id() {
        return id;
    }

    public long approvalId() {
        return approvalId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
