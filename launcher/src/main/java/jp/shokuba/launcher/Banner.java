package jp.shokuba.launcher;

/** What the person sees once the platform answers: where to go and, in demo mode, who to be. */
final class Banner {

    /** One demo account per role; the README lists the same. */
    static final String[][] DEMO_LOGINS = {
            {"admin", "ADMIN（システム管理者）", "山田 花子 — 情報政策課 システム係 主任"},
            {"tanaka", "STAFF（職員）", "田中 太郎 — 企画調整課 企画係 係員"},
            {"sato", "APPROVER（決裁者）", "佐藤 健一 — 企画調整課 企画係 係長"},
            {"takahashi", "APPROVER（決裁者）", "高橋 直樹 — 企画調整課 課長"},
            {"ito", "APPROVER（決裁者）", "伊藤 誠 — 都市政策局 局長（部長）"},
            {"watanabe", "RECORDS（文書担当）", "渡辺 陽子 — 総務課 文書係 主任"},
            {"yamamoto", "RECORDS_PII（個人情報閲覧）", "山本 聡 — 総務課 文書係 係長"},
            {"nakamura", "FACILITIES（施設管理）", "中村 美咲 — 総務課 庶務係 主任"},
            {"kobayashi", "APPROVER（決裁者）", "小林 隆 — 市長"},
    };

    private Banner() {
    }

    static String text(int port, boolean demo, long seconds) {
        StringBuilder b = new StringBuilder();
        b.append("============================================================\n");
        b.append(" 職場 Shokuba が起動しました（").append(seconds).append(" 秒）\n");
        b.append(" URL: http://localhost:").append(port).append("/\n");
        if (demo) {
            b.append(" デモ用アカウント（パスワードはすべて demo）:\n");
            for (String[] login : DEMO_LOGINS) {
                b.append("   ").append(String.format("%-10s", login[0])).append(login[1]).append("  ").append(login[2])
                        .append('\n');
            }
        }
        b.append(" 停止するには Ctrl+C を押してください。\n");
        b.append("============================================================");
        return b.toString();
    }
}
