package jp.shokuba.approval.application;

import jp.shokuba.approval.domain.DocumentType;

public record TypeSummary(String code, String name, String nameEn, boolean hasAmount, int retentionYears,
                          String filingVolume, boolean lowRisk) {

    static TypeSummary of(DocumentType t) {
        return new TypeSummary(t.code(), t.name(), t.nameEn(), t.hasAmount(), t.retentionYears(), t.filingVolume(), t.lowRisk());
    }
}
