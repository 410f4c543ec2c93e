package cn.shangliang.council;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;


import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * 会议纪要: generated from the meeting's record (attendance, quorum, items, views, resolutions with their votes),
 * confirmed by the chair, which freezes the text, then published to the notice board.
 */
@ApplicationScoped
public class MinutesService {

    @Inject
    Notifications notifications;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    CouncilAudit audit;

    @Inject
    NoticeBoard board;

    @Inject
    Clock clock;

    /** The confirmed text once there is one, otherwise the draft generated from the record as it is now. */
    public String text(long meetingId) {
        MeetingViews.MeetingView m = views.view(meetingId);
        return m.minutes() != null ? m.minutes() : generate(m);
    }

    @Transactional
    public void confirm(long meetingId) {
        Meeting m = meetings.locked(meetingId, CouncilAction.CONFIRM_MINUTES);
        Refusal.throwIf(MeetingWorkflow.TRANSITIONS.check(m.status, MeetingStatus.MINUTES_CONFIRMED), Kind.CONFLICT);
        m.minutes = generate(views.record(m, Council.findById(m.councilId), false));
        m.status = MeetingStatus.MINUTES_CONFIRMED;
        m.minutesConfirmedAt = clock.instant();
        m.minutesConfirmedBy = currentUser.displayName();
        audit.record("meeting.minutes.confirm", "meeting", m.id, m.title);
    }

    @Transactional
    public void publish(long meetingId) {
        Meeting m = meetings.locked(meetingId, CouncilAction.PUBLISH_MINUTES);
        Refusal.throwIf(MeetingWorkflow.TRANSITIONS.check(m.status, MeetingStatus.MINUTES_PUBLISHED), Kind.CONFLICT);
        m.status = MeetingStatus.MINUTES_PUBLISHED;
        m.minutesPublishedAt = clock.instant();
        Council council = Council.findById(m.councilId);
        audit.publish(new NoticeBoard.Draft(NoticeCategory.COUNCIL, council.communityId, null, CouncilNotices.minutesTitle(m),
                m.minutes, "meeting", m.id, "/meetings/" + m.id + "/minutes", null));
        notifications.toAccounts(NotificationKind.COUNCIL_MINUTES,
                CouncilMember.current(m.councilId).stream().map(x -> x.accountId).toList(), "meeting", m.id,
                council.communityId,
                "/meetings/" + m.id + "/minutes", m.title);
        audit.record("meeting.minutes.publish", "meeting", m.id, m.title);
    }

    static String generate(MeetingViews.MeetingView m) {
        StringBuilder t = new StringBuilder();
        t.append(m.councilName()).append(" ").append(m.kind().label()).append("会议纪要\n");
        t.append("会议：").append(m.title()).append('\n');
        t.append("时间：").append(m.date()).append(' ').append(m.time()).append("\n地点：").append(m.place()).append('\n');
        if (m.participants() != null) {
            t.append("参加范围：").append(m.participants()).append('\n');
        }
        MeetingViews.QuorumView q = m.quorum();
        t.append("\n一、出席情况\n应到成员").append(q.members()).append("人，实到").append(q.present()).append("人。");
        t.append(q.reached() ? "达到法定人数（" + q.rule() + "，至少" + q.minimum() + "人）。"
                : "未达到法定人数（" + q.rule() + "，至少" + q.minimum() + "人），不得表决。").append('\n');
        t.append("出席成员：").append(join(m.attendance().stream().filter(a -> a.memberId() != null).map(a -> a.name()).toList())).append('\n');
        t.append("缺席成员：").append(join(m.absent().stream().map(CouncilViews.MemberView::name).toList())).append('\n');
        var guests = m.attendance().stream().filter(a -> a.memberId() == null)
                .map(a -> a.name() + (a.affiliation() == null ? "" : "（" + a.affiliation() + "）")).toList();
        if (!guests.isEmpty()) {
            t.append("列席人员：").append(join(guests)).append('\n');
        }
        t.append("\n二、议题与决议\n");
        for (MeetingViews.ItemView i : m.items()) {
            t.append(i.position()).append(". ").append(i.title()).append('\n');
            if (i.speakers() != null) {
                t.append("   发言：").append(join(i.speakers().lines().map(String::strip).filter(l -> !l.isEmpty()).toList())).append('\n');
            }
            t.append("   意见摘要：").append(i.views() == null ? "（未记录）" : String.join(" ", i.views().lines().toList())).append('\n');
            MeetingViews.ResolutionView r = i.resolution();
            if (r == null) {
                t.append("   未表决。\n");
            } else {
                t.append("   决议：").append(r.text()).append('\n');
                t.append("   表决（").append(r.mode() == Resolution.VoteMode.ROLL_CALL ? "逐一记名" : "举手").append("）：同意")
                        .append(r.agree()).append("，反对").append(r.oppose()).append("，弃权").append(r.abstain())
                        .append("，实到").append(r.present()).append("人；").append(r.passed() ? "通过" : "未通过").append("。\n");
                if (!r.votes().isEmpty()) {
                    t.append("   记名表决：").append(join(r.votes().stream()
                            .map(v -> v.memberName() + " " + choiceLabel(v.choice())).toList())).append('\n');
                }
            }
        }
        return t.toString();
    }

    private static String choiceLabel(ResolutionVote.Choice c) {
        return switch (c) {
            case AGREE -> "同意";
            case OPPOSE -> "反对";
            case ABSTAIN -> "弃权";
        };
    }

    private static String join(java.util.List<String> names) {
        return names.isEmpty() ? "无" : String.join("、", names);
    }
}
