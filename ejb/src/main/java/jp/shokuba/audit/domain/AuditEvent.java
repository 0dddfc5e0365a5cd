package jp.shokuba.audit.domain;

import java.util.Objects;

/**
 * What a context reports to the audit trail: an action on one object. Who did it, when and
 * from where are added by the trail itself.
 *
 * @param action     a stable key such as {@code staff.updated} or {@code approval.approved}
 * @param objectType the kind of object, such as {@code Staff}
 * @param objectId   the object's identity within its kind
 * @param detail     a short human-readable description; never personal data that must stay masked
 */
public record AuditEvent(String action, String objectType, String objectId, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        detail = detail == null ? "" : detail;
    }

    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, String.valueOf(objectId), "");
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(action, objectType, objectId, text);
    }
}
