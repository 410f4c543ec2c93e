package cn.shangliang.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The texts the council stores as records, in Chinese: audit summaries, the steps of a follow-up and of a
 * proposal, and the notices the board publishes (agenda, withdrawal, cancellation, follow-up reports). Like the
 * minutes they are written once and kept as written, so they live here, apart from the refusals and labels
 * that follow the visitor's language.
 */
final class CouncilNotices {

    private CouncilNotices() {
    }

    // members

    static String memberAdded(Council council, CouncilMember member) {
        return council.name + "：" + member.name + "（" + member.seat.label() + "）";
    }

    static String memberRemoved(Council council, CouncilMember member, String note) {
        return council.name + "：" + member.name + (note == null ? "" : "，" + note);
    }

    static String chairSet(Council council, CouncilMember member) {
        return council.name + "：" + member.name;
    }

    // meetings

    static String checkedIn(String member, Object method) {
        return member + "（" + method + "）";
    }

    static String agendaItem(Meeting m, AgendaItem item) {
        return m.title + "：" + item.title;
    }

    static String takenOffAgenda(Meeting m) {
        return "从「" + m.title + "」议程中移出";
    }

    static String agendaTitle(Meeting m) {
        return "会议议程：" + m.title;
    }

    static String minutesTitle(Meeting m) {
        return "会议纪要：" + m.title;
    }

    static String agenda(LocalDate date, LocalTime time, String place, String participants, List<AgendaItem> items) {
        StringBuilder body = new StringBuilder();
        body.append("时间：").append(date).append(' ').append(time).append("\n地点：").append(place).append('\n');
        if (participants != null) {
            body.append("参加人员：").append(participants).append('\n');
        }
        body.append("议程：\n");
        items.forEach(i -> body.append(i.position).append(". ").append(i.title).append('\n'));
        return body.toString();
    }

    static String agendaWithdrawnTitle(Meeting m) {
        return "议程撤回：" + m.title;
    }

    static String agendaWithdrawn(String reason) {
        return "议程已撤回修改，修改后将重新公布。理由：" + reason;
    }

    static final String RETURNED_CANCELLED = "会议取消，退回待排期";
    static final String RETURNED_NOT_VOTED = "会议未表决此议题，退回待排期";

    static String cancelledTitle(Meeting m) {
        return "会议取消：" + m.title;
    }

    static String cancelled(Meeting m) {
        return "原定" + m.meetingDate + "的会议取消。理由：" + m.cancelReason;
    }

    static String outcome(Resolution r, int present) {
        return (r.passed ? "通过" : "未通过") + "（同意" + r.agree + "，反对" + r.oppose + "，弃权" + r.abstain
                + "，实到" + present + "人）";
    }

    static String decided(String outcome, String text) {
        return "议事会表决" + outcome + "：" + text;
    }

    // follow-ups

    static String assigned(String responsible, LocalDate dueDate) {
        return "交办" + responsible + "，期限" + dueDate;
    }

    static final String REPORTED = "办理反馈：";
    static final String CLOSED_TITLE = "已办结：";
    static final String CLOSED = "已办结";

    static String reopened(String reason) {
        return "退回继续办理：" + reason;
    }

    static String followUpNotice(String responsible, String body) {
        return "责任方：" + responsible + "\n" + body;
    }
}
