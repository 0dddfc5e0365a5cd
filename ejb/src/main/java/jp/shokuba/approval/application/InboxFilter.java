package jp.shokuba.approval.application;

/** Narrows the inbox; a null or blank field does not filter. {@code minWaitingDays} counts working days. */
public record InboxFilter(String documentType, String drafter, String departmentCode, Integer minWaitingDays) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null);
}
