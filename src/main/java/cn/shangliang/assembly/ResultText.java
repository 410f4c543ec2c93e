package cn.shangliang.assembly;

import cn.shangliang.assembly.ResultView.QuestionView;
import cn.shangliang.assembly.ResultView.WeightView;

import java.util.List;

/** The result as plain text for the public notice board. */
final class ResultText {

    private ResultText() {
    }

    /** The notice title: provisional results say 暂定, corrections their revision. */
    static String title(Decision d, ResultView r, int revision) {
        return (revision > 1 ? "更正后的表决结果（第 " + revision + " 版）" : "表决结果")
                + (r.provisional() ? "（暂定）：" : "：") + d.title;
    }

    /**
     * @param previous when the notice was first published with the result this one corrects; null for the first
     */
    static String of(Decision d, ResultView r, List<Candidate> candidates, PublicRecord record, int revision,
                     java.time.Instant previous, long resolvedConflicts) {
        StringBuilder b = new StringBuilder();
        if (revision > 1) {
            b.append("本公告为第 ").append(revision).append(" 版，更正并取代 ")
                    .append(previous == null ? "此前" : DecisionViews.time(previous)).append(" 公布的表决结果。");
            if (resolvedConflicts > 0) {
                b.append("工作人员已按规则核实处理 ").append(resolvedConflicts)
                        .append(" 项表决冲突（每项的理由记入审计日志；不公开涉及的业主）。");
            }
            b.append("\n");
        }
        if (r.provisional()) {
            b.append("【暂定结果，非最终结果】尚有 ").append(r.conflicts()).append(" 项表决冲突待核实、").append(r.pendingSheets())
                    .append(" 张纸质票待第二次录入；以下“暂定通过/暂定未通过”可能改变，工作人员处理后将重新计票并公布最终结果。\n");
        }
        b.append("事项类别：").append(d.matterType.label()).append("；通过条件：参与表决面积和人数的 ")
                .append(r.requiredFraction()).append("。\n");
        b.append("全体业主：").append(w(r.total())).append("。参与表决：").append(w(r.participating())).append("。\n");
        if (r.quorum().met()) {
            b.append("参与表决达到法定人数（专有部分面积和人数均三分之二以上）。\n");
        } else {
            b.append("参与表决未达到法定人数（专有部分面积和人数均须三分之二以上），尚差 ")
                    .append(w(r.quorum().shortfall())).append("。\n");
        }
        if (r.decision() != null) {
            question(b, r.decision());
            b.append(r.provisional() ? "暂定结果：暂定" : "结果：").append(r.decision().passed() ? "通过" : "未通过").append("。\n");
            if (r.deemed() != null) {
                b.append("\n依据 ").append(r.deemed().citation()).append("，已送达而未表态的业主视为从多数意见")
                        .append(r.deemed().followed() == null ? "（本次没有同时过半的多数意见，未作视为）" : "")
                        .append("：视为 ").append(w(r.deemed().silentFollowing())).append("。视为后：");
                question(b, r.deemed().tally());
                b.append(r.provisional() ? "视为后暂定结果：暂定" : "视为后结果：").append(r.deemed().tally().passed() ? "通过" : "未通过").append("。\n");
            }
        } else {
            b.append("应选 ").append(r.election().seats()).append(" 人。");
            for (ResultView.CandidateView c : r.election().candidates()) {
                b.append("\n").append(c.name()).append("：同意 ").append(w(c.tally().agree())).append("，")
                        .append(outcome(c.outcome()));
            }
            b.append(r.provisional() ? "\n暂定当选：" : "\n当选：").append(r.election().elected().isEmpty() ? "无" : String.join("、", r.election().elected()));
            if (r.election().runoffSeats() > 0) {
                b.append("；另有 ").append(r.election().runoffSeats()).append(" 个席位因票数相同须另行选举");
            }
            b.append("。\n");
        }
        b.append("\n计入的选票 ").append(record.leafCount).append(" 张，默克尔根（Merkle root）：").append(record.merkleRoot)
                .append("。任何人可在 /assembly/").append(d.id).append("/verification 取得分组合计与全部叶哈希，自行复算总数")
                .append("和默克尔根；业主登录后可查看本人选票计入的证明。");
        return b.toString();
    }

    private static void question(StringBuilder b, QuestionView q) {
        b.append("同意 ").append(w(q.agree())).append("；反对 ").append(w(q.oppose())).append("；弃权 ")
                .append(w(q.abstain())).append("。\n");
    }

    private static String outcome(cn.shangliang.assembly.rules.CandidateOutcome outcome) {
        return switch (outcome) {
            case ELECTED -> "当选";
            case RUNOFF -> "票数相同，须另行选举";
            case NOT_ELECTED -> "通过但名次在应选人数之外";
            case NOT_PASSED -> "未通过";
        };
    }

    private static String w(WeightView w) {
        return w.areaM2() + " 平方米、" + w.heads() + " 人";
    }
}
