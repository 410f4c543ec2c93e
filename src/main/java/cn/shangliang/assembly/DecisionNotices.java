package cn.shangliang.assembly;

import cn.shangliang.community.Estate;
import cn.shangliang.community.rules.VoterRoll;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The notices a decision publishes before its count (the decision itself, an extension, a cancellation): stored
 * and published as records in Chinese, like the result ({@link ResultText}) and inspections ({@link InspectionNotice}).
 */
final class DecisionNotices {

    private DecisionNotices() {
    }

    static String publishedTitle(Decision d) {
        return "业主共同决定公告：" + d.title;
    }

    static String publishedBody(Decision d, Estate estate, VoterRoll roll) {
        String share = d.matterType.threshold().inclusive() ? "四分之三以上" : "过半数";
        StringBuilder b = new StringBuilder();
        b.append("小区：").append(estate.name).append('\n');
        b.append("表决事项类别：").append(d.matterType.label()).append('\n');
        b.append("通过条件：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积")
                .append(share).append("的业主且参与表决人数").append(share).append("的业主同意（民法典第二百七十八条）。\n");
        b.append("投票时间：").append(DecisionViews.time(d.opensAt)).append(" 至 ").append(DecisionViews.time(d.closesAt)).append('\n');
        b.append("业主名册：").append(roll.headcount()).append(" 人，专有部分面积 ")
                .append(BigDecimal.valueOf(roll.totalArea(), 2).toPlainString()).append(" 平方米。\n\n");
        b.append(d.body);
        if (d.attachments != null) {
            b.append("\n\n附件：\n").append(d.attachments);
        }
        return b.toString();
    }

    static String extensionTitle(Decision d) {
        return "延长表决期限：" + d.title;
    }

    static String extensionBody(Instant old, Instant closesAt, String reason) {
        return "投票截止时间由 " + DecisionViews.time(old) + " 延长至 " + DecisionViews.time(closesAt) + "。\n理由：" + reason;
    }

    static String cancellationTitle(Decision d) {
        return "取消表决：" + d.title;
    }

    static String cancellationBody(Decision d) {
        return "理由：" + d.cancelReason;
    }
}
