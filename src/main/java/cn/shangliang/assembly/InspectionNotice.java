package cn.shangliang.assembly;

/** The notice of an approved inspection of named ballots, stored and published as a record in Chinese. */
final class InspectionNotice {

    private InspectionNotice() {
    }

    static String title(Decision d) {
        return "查阅表决票公告：" + d.title;
    }

    /** @param scope the inspected voters by plain names; null when every ballot of the decision is inspected */
    static String body(Decision d, BallotInspection i, String scope) {
        return "经批准，将查阅表决事项「" + d.title + "」的表决票（含业主姓名和表决意见）。\n"
                + "依据：" + i.basis.label() + "，" + i.citation + "\n"
                + "理由：" + i.reason + "\n"
                + "范围：" + (scope == null ? "本次表决的全部表决票" : scope) + "\n"
                + "申请：" + i.requestedBy + "（" + DecisionViews.time(i.requestedAt) + "）；批准："
                + i.decidedBy + "（" + DecisionViews.time(i.decidedAt) + "）。\n"
                + "只有申请人和批准人可以查看，每次查看都记入审计日志。被查阅的业主可在本人的表决页面看到本次查阅。";
    }
}
