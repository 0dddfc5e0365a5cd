package jp.shokuba.approval.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document in a list: what it is, where it stands and, while on its route, who holds it now (name and post). */
public record ApprovalSummary(long id, String title, String documentType, String typeName, BigDecimal amount,
                              String counterparty, String state, String documentNumber, String drafterLogin,
                              String drafterName, String departmentName, Instant createdAt, LocalDate approvedOn,
                              List<String> heldBy) {
}
