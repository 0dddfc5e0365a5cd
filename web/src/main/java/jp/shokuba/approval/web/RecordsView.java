package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.ApprovalSummary;
import jp.shokuba.platform.web.CurrentUser;

/** Approved records by the Electronic Book Preservation Act's keys: date of approval, amount, counterparty. */
@Named
@ViewScoped
public class RecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient CurrentUser user;

    private LocalDate from;
    private LocalDate to;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private String counterparty;
    private List<ApprovalSummary> found;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        found = approvals.records(user.login(), from, to, minAmount, maxAmount, counterparty);
    }

    public List<ApprovalSummary> getFound() {
        return found;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }
}
