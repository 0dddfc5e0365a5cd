package jp.shokuba.approval.infrastructure;

import jp.shokuba.approval.application.ApprovalNotice;

/** The Japanese subject and body of each kind of approval notice. */
public final class MailText {

    private MailText() {
    }

    public static String subject(ApprovalNotice n) {
        return switch (n.kind()) {
            case NEW_TASK -> "【決裁依頼】" + n.title();
            case DEPUTY_TASK -> "【代決依頼】" + n.title() + "（" + n.detail() + " さん不在）";
            case SENT_BACK -> "【差戻し】" + n.title();
            case COMPLETED -> "【決裁完了】" + n.title() + " " + n.detail();
            case CIRCULATION -> "【供覧】" + n.title() + " " + n.detail();
            case REMINDER -> "【督促】" + n.title();
            case ESCALATED -> "【決裁の回付】" + n.title() + "（" + n.detail() + " さん未決）";
            case POST_REVIEW -> "【後閲依頼】" + n.title();
        };
    }

    public static String body(ApprovalNotice n, String recipientName, String baseUrl) {
        String what = switch (n.kind()) {
            case NEW_TASK -> "決裁をお願いします。";
            case DEPUTY_TASK -> n.detail() + " さんが不在のため、代決をお願いします。";
            case SENT_BACK -> "起案した文書が差し戻されました。内容を直して再提出するか、引き戻してください。\n差戻しの理由: "
                    + n.detail();
            case COMPLETED -> "起案した文書が決裁されました。文書番号は " + n.detail() + " です。";
            case CIRCULATION -> "次の文書が決裁されました。供覧します。";
            case REMINDER -> "決裁をお待ちしている文書があります。";
            case ESCALATED -> n.detail() + " さんの決裁が滞っているため、上司であるあなたに回付しました。";
            case POST_REVIEW -> "不在中に " + n.detail() + " さんが代決しました。後閲をお願いします。";
        };
        return recipientName + " さん\n\n" + what + "\n\n件名: " + n.title() + "\n"
                + baseUrl + "/approval/document.xhtml?id=" + n.approvalId() + "\n\n-- \n職場 Shokuba 電子決裁\n";
    }
}
