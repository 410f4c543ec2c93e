package cn.shangliang.budget;

import cn.shangliang.common.web.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The texts the budget stores as records, in Chinese: audit summaries, which are also the bodies of the
 * notices the board publishes, their titles, and the default title of a year. Like hearing's notices they
 * are written once and kept as written (an archive does not change language with its reader), so they live
 * here, apart from the refusals and labels that follow the visitor's language.
 */
final class BudgetNotices {

    private BudgetNotices() {
    }

    static String defaultTitle(int year) {
        return year + "年民生微实事";
    }

    static String noticeTitle(String cycleTitle, String title) {
        return cycleTitle + "：" + title;
    }

    static String importedTitle(String pabulibId) {
        return "项目 " + pabulibId;
    }

    // cycle stages

    static final String CYCLE_OPENED = "开始征集居民点单";
    static final String REVIEW_STARTED = "征集结束，进入审核";
    static final String VOTE_STARTED = "进入票决";
    static final String VOTE_EXTENDED = "居民投票延期";
    static final String CYCLE_CLOSED = "年度结束";
    static final String SELECTED = "票决结果公示";
    static final String CONFIRMED = "项目立项";
    static final String OBJECTION_ANSWERED = "异议答复";

    static String cycleOpened(BudgetCycle c) {
        return "开启 " + c.year + " 年民生微实事征集，年度资金 " + Money.yuan(c.budgetFen) + " 元，征集期 "
                + c.proposalsOpenOn + " 至 " + c.proposalsCloseOn + "。";
    }

    static String reviewStarted(long proposals) {
        return "点单征集结束，共收到 " + proposals + " 个点单，进入审核筛选。";
    }

    static String voteStarted(long accepted) {
        return "审核结束，" + accepted + " 个项目进入票决。";
    }

    /** Issue 19: when a residents' vote ends, in Beijing time. */
    static String voteEnds(java.time.Instant endsAt) {
        return "居民投票截止：" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(cn.shangliang.common.web.TemplateExtensions.ZONE).format(endsAt) + "。";
    }

    static String cycleClosed() {
        return "本年度民生微实事全部项目已验收，年度结束。";
    }

    static String pabulibImported(int projects, int ballots) {
        return "从 Pabulib 文件导入 " + projects + " 个项目和 " + ballots + " 张选票";
    }

    // proposals and review

    static final String REVIEWED = "点单审核结果";
    static final String MERGED = "点单合并";

    static String proposed(BudgetProject p) {
        return (p.source == ProjectSource.PAPER ? "录入纸质点单：" : "居民点单：") + p.title + "，估算 "
                + Money.yuan(p.estimatedCostFen) + " 元";
    }

    static String reviewed(BudgetProject p, ProjectStatus to) {
        return "「" + p.title + "」" + to.label()
                + (to == ProjectStatus.REJECTED ? "，理由：" + reason(p.rejectReason) : "")
                + (p.reviewNote == null ? "" : "（" + p.reviewNote + "）");
    }

    private static String reason(RejectReason reason) {
        return switch (reason) {
            case OVER_CAP -> "超过单个项目资金上限";
            case PROPERTY_COMPANY_DUTY -> "属于物业服务企业的职责";
            case GOVERNMENT_PROJECT -> "与政府常规项目或部门职责重复";
            case OUTSIDE_COMMUNITY -> "不在本社区范围内";
            case OTHER -> "其他";
        };
    }

    static String merged(BudgetProject p, BudgetProject target, String note) {
        return "「" + p.title + "」与「" + target.title + "」重复，已合并：" + note;
    }

    static String costAdjusted(BudgetProject p, String before, long cost, String note) {
        return "「" + p.title + "」估算由 " + before + " 元调整为 " + Money.yuan(cost) + " 元：" + note;
    }

    // the vote and the notice period

    static String attendance(int total, int present, boolean quorum, String rule) {
        return "票决会议签到：应到 " + total + " 人，实到 " + present + " 人，" + (quorum ? "达到" : "未达到")
                + "法定人数（" + rule + "）";
    }

    static String ballotCast(Object source, int projects) {
        return source + " 选票：" + projects + " 个项目";
    }

    static String fundedLine(BudgetProject p) {
        return "「" + p.title + "」" + Money.yuan(p.estimatedCostFen) + " 元";
    }

    static String selected(BudgetCycle c, List<String> funded) {
        return "按规则「" + SelectionRuleLabel.stored(c.ruleName) + "」在年度资金 " + Money.yuan(c.budgetFen) + " 元内选出 " + funded.size()
                + " 个项目：" + String.join("；", funded) + "。公示 " + c.noticeDays + " 天，期间可提出异议。";
    }

    static String belowMajority(String majority) {
        return "未获出席成员" + majority + "支持";
    }

    static String objected(String text) {
        return "居民对票决结果提出异议：" + text;
    }

    static String objectionAnswered(String objection, String answer) {
        return "异议：" + objection + "\n答复：" + answer;
    }

    static String confirmed(int projects) {
        return "公示期满，异议均已答复，" + projects + " 个项目正式立项。";
    }

    // implementation and evaluation

    static final String CONTRACTED = "项目开始实施";
    static final String PROGRESS = "项目进度";
    static final String ACCEPTED = "项目验收";
    static final String COMPLAINT_ANSWERED = "监督答复";

    static String contracted(BudgetProject p, String implementer, long amount, String decision) {
        return "「" + p.title + "」由" + implementer + "实施，合同金额 " + Money.yuan(amount) + " 元"
                + (decision == null ? "" : "（依据议事会决议：" + decision + "）");
    }

    static String milestone(BudgetProject p, String title, LocalDate dueOn) {
        return "「" + p.title + "」节点：" + title + "，" + dueOn;
    }

    static String report(BudgetProject p, ProgressReport r, long added, long spent) {
        return "「" + p.title + "」进度 " + r.percent + "%：" + r.text + "。本期支出 " + Money.yuan(added) + " 元，累计 "
                + Money.yuan(spent) + " 元。";
    }

    static String accepted(BudgetProject p, ProjectStatus to, long finalCost, String representatives) {
        return "「" + p.title + "」验收：" + to.label() + "，决算 " + Money.yuan(finalCost) + " 元；参加验收的居民代表："
                + representatives + (p.acceptanceItems == null ? "" : "；整改事项：" + p.acceptanceItems);
    }

    static String rated(BudgetProject p, int stars) {
        return "「" + p.title + "」获评 " + stars + " 星";
    }

    static String complained(BudgetProject p, String text) {
        return "对「" + p.title + "」的投诉：" + text;
    }

    static String complaintAnswered(BudgetProject p, String complaint, String answer) {
        return "关于「" + p.title + "」的投诉：" + complaint + "\n监督答复：" + answer;
    }
}
