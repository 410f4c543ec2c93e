package cn.shangliang.hearing;

import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a hearing puts on the public board (DOMAIN.md §4–§5): the announcement with the selection method, the
 * applicant list before the seed exists, the seed before the draw, the participant list, and the report.
 */
@ApplicationScoped
public class HearingNotices {

    public static final String SOURCE = "hearing";

    @Inject
    NoticeBoard board;

    @Transactional(Transactional.TxType.MANDATORY)
    public void announced(Hearing h, String actor) {
        String seats = h.seats().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + e.getValue() + "名").collect(Collectors.joining("、"));
        String body = "听证事项：" + h.title + "\n"
                + "时间：" + h.hearingDate + " " + h.startsAt + "\n"
                + "地点：" + h.place + "\n"
                + "组织单位：" + h.sponsor + "；主持人：" + h.presidingOfficer + "；记录人：" + h.recorder + "\n"
                + "听证代表席位：共" + h.totalSeats() + "名（" + seats + "）\n"
                + "报名时间：" + h.registrationOpens + "至" + h.registrationCloses + "；旁听名额" + h.observerCapacity + "名\n"
                + "代表遴选办法：" + h.selectionMethod + "\n"
                + "抽签日期：" + h.participantsFixedOn + "；抽签种子来源：" + h.seedSource + "\n"
                + "事项说明：" + h.matter;
        publish(h, "听证会公告：" + h.title, body, "", actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applicants(Hearing h, List<HearingApplication> representatives, String actor) {
        String list = representatives.isEmpty() ? "（无人报名）" : representatives.stream()
                .map(a -> a.applicationNo + "号 " + a.name + "（" + a.category.label() + "）")
                .collect(Collectors.joining("\n"));
        String body = "报名已于" + h.registrationCloses + "截止。听证代表报名名单（按申请编号）：\n" + list + "\n"
                + "抽签将于" + h.participantsFixedOn + "进行，抽签种子来源：" + h.seedSource;
        publish(h, "听证代表报名名单：" + h.title, body, "/applicants", actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(Hearing h, String actor) {
        String body = "按公告的来源（" + h.seedSource + "），本次抽签种子为：\n" + h.seed + "\n"
                + "任何人均可按公布的算法，用此种子和报名名单重做抽签。";
        publish(h, "听证代表抽签种子：" + h.title, body, "/draw", actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void participants(Hearing h, Map<RepresentativeCategory, List<HearingApplication>> selected,
                             Map<RepresentativeCategory, List<HearingApplication>> reserves, String actor) {
        StringBuilder body = new StringBuilder("抽签种子：" + h.seed + "\n");
        selected.forEach((category, people) -> {
            body.append(category.label()).append("：").append(names(people));
            List<HearingApplication> waiting = reserves.getOrDefault(category, List.of());
            if (!waiting.isEmpty()) {
                body.append("；候补（依次）：").append(names(waiting));
            }
            body.append("\n");
        });
        body.append("听证会将于").append(h.hearingDate).append(" ").append(h.startsAt).append("在").append(h.place).append("举行。");
        publish(h, "听证代表名单：" + h.title, body.toString(), "/draw", actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void report(Hearing h, HearingReport report, HearingLink decision, String actor) {
        String body = report.summary + "\n赞成的意见：" + report.viewsFor + "\n反对的意见：" + report.viewsAgainst
                + "\n采纳的意见及理由：" + report.adopted + "\n未采纳的意见及理由：" + report.notAdopted
                + "\n听证所服务的决策：" + decision.refType.label() + "「" + decision.title + "」";
        publish(h, "听证报告：" + h.title, body, "/report", actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Hearing h, String actor) {
        publish(h, "听证会取消：" + h.title, "原定于" + h.hearingDate + "举行的听证会取消。理由：" + h.cancelReason, "", actor);
    }

    private void publish(Hearing h, String title, String body, String page, String actor) {
        String shortTitle = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        board.publish(new NoticeBoard.Draft(NoticeCategory.HEARING, h.communityId, null, shortTitle, body, SOURCE, h.id,
                "/hearings/" + h.id + page, null), actor);
    }

    private static String names(List<HearingApplication> people) {
        return people.stream().map(a -> a.applicationNo + "号 " + a.name).collect(Collectors.joining("、"));
    }
}
