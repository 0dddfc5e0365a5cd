package jp.shokuba.records.domain;

/** Where a file is in intake. The names are the API's stable status keys. */
public enum IntakeState {
    QUEUED, EXTRACTING, OCR, WAITING_FOR_OCR, INDEXED, DUPLICATE, QUARANTINED;

    /** States a restart must pick up again. */
    public boolean unfinished() {
        return this == QUEUED || this == EXTRACTING || this == OCR || this == WAITING_FOR_OCR;
    }
}
