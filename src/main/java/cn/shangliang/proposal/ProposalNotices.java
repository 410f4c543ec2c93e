package cn.shangliang.proposal;

/**
 * The texts a proposal stores as records, in Chinese: the notes of its steps, audit summaries and the notices
 * the board publishes. They are written once and kept as written (an archive does not change language with its
 * reader), so they live here, apart from the refusals and labels that follow the visitor's language.
 */
final class ProposalNotices {

    private ProposalNotices() {
    }

    static String officialReply(Proposal p, long commentId, String body) {
        return p.status.label() + "：以官方回复#" + commentId + "更新答复。" + body;
    }

    static String cosignWithdrawn(int count) {
        return "撤回附议，现有" + count + "人";
    }

    static String scheduled(String meetingTitle) {
        return "列入「" + meetingTitle + "」议程";
    }

    static String mergedInto(Proposal p) {
        return "议题#" + p.id + "「" + p.title + "」并入本议题";
    }

    static String reviewed(Proposal p, String note) {
        return p.title + (note == null ? "" : "：" + note);
    }

    static String reviewedTitle(Proposal p) {
        return "议题「" + p.title + "」" + p.status.label();
    }

    static String describe(Proposal p, String note) {
        StringBuilder text = new StringBuilder(p.status.label());
        if (p.status == ProposalStatus.MERGED) {
            text.append("：并入议题#").append(p.mergedIntoId);
        }
        if (p.status == ProposalStatus.TRANSFERRED) {
            text.append("：转至").append(p.transferTarget.label());
        }
        if (note != null) {
            text.append("。").append(note);
        }
        return text.toString();
    }

    static String cosigned(int count) {
        return "附议第" + count + "人";
    }

    static String thresholdReached(int threshold) {
        return "附议人数达到" + threshold + "人，自动转入审核";
    }

    static final String BROUGHT_TO_REVIEW = "工作人员直接转入审核";
}
