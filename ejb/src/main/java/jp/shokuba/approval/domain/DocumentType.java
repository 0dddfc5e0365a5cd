package jp.shokuba.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of document (支出負担行為, 契約 …): whether it has an amount, how long it is kept and where it is filed. */
@Entity
@Table(schema = "approval", name = "document_type")
public class DocumentType {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "has_amount", nullable = false)
    private boolean hasAmount;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    @Column(name = "filing_volume", nullable = false)
    private String filingVolume;

    @Column(name = "low_risk", nullable = false)
    private boolean lowRisk;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DocumentType() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean hasAmount() {
        return hasAmount;
    }

    public int retentionYears() {
        return retentionYears;
    }

    public String filingVolume() {
        return filingVolume;
    }

    /** Types the rules mark as low-risk may be approved in bulk from the inbox. */
    public boolean lowRisk() {
        return lowRisk;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
