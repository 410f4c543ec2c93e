package cn.shangliang.council;

import java.time.Clock;

import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import cn.shangliang.identity.Account;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import cn.shangliang.proposal.CoSignature;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalCategory;
import cn.shangliang.proposal.ProposalEvent;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.proposal.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Demo data: the first demo community with residents who have accounts gets a council of up to 15 of its residents (the first is the chair),
 * proposals in several states, and one past meeting with published minutes, resolutions and follow-ups.
 * The community demo is loaded by another feature, so anything missing is skipped with a log line.
 */
@ApplicationScoped
public class CouncilDemo {

    private static final Logger LOG = Logger.getLogger(CouncilDemo.class);
    private static final String ACTOR = "demo";
    private static final int MIN_RESIDENTS = 8;
    private static final SeatCategory[] SEATS = {SeatCategory.RESIDENTS_COMMITTEE, SeatCategory.PARTY_ORGANIZATION,
            SeatCategory.RESIDENT_REPRESENTATIVE, SeatCategory.RESIDENT_REPRESENTATIVE, SeatCategory.DEPUTY,
            SeatCategory.SOCIAL_ORGANIZATION, SeatCategory.LOCAL_UNIT, SeatCategory.OWNERS_COMMITTEE,
            SeatCategory.PROPERTY_COMPANY, SeatCategory.RESIDENT_REPRESENTATIVE};

    @Inject
    MeetingViews views;

    @Inject
    NoticeBoard board;

    @Inject
    Clock clock;

    void seed(@Observes DemoSeeded event) {
        Community community = null;
        List<Resident> residents = List.of();
        // the base demo's first community first, so a database that holds other communities still gets its council there
        for (Community candidate : Community.<Community>list("order by case when name = ?1 then 0 else 1 end, id",
                DemoCommunity.COMMUNITY_GAOXIN)) {
            residents = Resident.list("communityId = ?1 and accountId is not null order by id", candidate.id);
            if (residents.size() >= MIN_RESIDENTS && Council.ofCommunity(candidate.id).isEmpty()) {
                community = candidate;
                break;
            }
        }
        if (community == null) {
            LOG.infof("Council demo skipped: no community without a council and with %d residents who have accounts",
                    MIN_RESIDENTS);
            return;
        }
        seed(community, residents);
    }

    /** Seeds one community; {@code residents} (with accounts) number at least {@value #MIN_RESIDENTS}. */
    void seed(Community community, List<Resident> residents) {
        LocalDate today = LocalDate.now(clock);
        Council council = new Council();
        council.communityId = community.id;
        council.name = community.name + "居民议事会";
        council.createdOn = today.minusMonths(3).withDayOfMonth(1);
        council.persist();
        // the council is the residents the base demo made council members (they come first); others stay residents
        long granted = residents.stream().filter(r -> RoleGrant.count("accountId = ?1 and role in ?2 and scopeType = ?3 and scopeId = ?4",
                r.accountId, List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR), Scope.Type.COMMUNITY, community.id) > 0).count();
        int size = granted >= 3 ? (int) Math.min(granted, residents.size() - 3) : Math.min(15, residents.size() - 3);
        List<CouncilMember> members = residents.subList(0, size).stream()
                .map(r -> member(council, r, residents.indexOf(r))).toList();
        List<Resident> others = residents.subList(size, residents.size());

        Proposal seats = proposal(community, others.get(0), "3号楼前加装休息座椅", ProposalCategory.ELDERLY_CHILDREN,
                ProposalStatus.DECIDED, today.minusDays(40));
        Proposal charging = proposal(community, others.get(1), "增设电动自行车充电棚", ProposalCategory.SAFETY,
                ProposalStatus.DECIDED, today.minusDays(38));
        cosign(seats, residents, 12);
        cosign(charging, residents, 10);
        Meeting meeting = pastMeeting(council, members, today.minusMonths(1).withDayOfMonth(10), seats, charging);
        Proposal ramp = proposal(community, others.get(2), "小区东门增设无障碍坡道", ProposalCategory.FACILITIES,
                ProposalStatus.SUBMITTED, today.minusDays(3));
        cosign(ramp, residents, 3);
        proposal(community, others.get(0), "楼道声控灯维修", ProposalCategory.FACILITIES, ProposalStatus.UNDER_REVIEW,
                today.minusDays(1));
        Proposal answered = proposal(community, others.get(1), "社区宣传栏信息更新不及时", ProposalCategory.OTHER,
                ProposalStatus.ANSWERED, today.minusDays(6));
        answered.outcome = "已安排专人每周一更新宣传栏，并同步发布到公示栏。";
        proposal(community, others.get(2), "广场舞音量扰民，建议约定时段", ProposalCategory.CULTURE, ProposalStatus.ACCEPTED,
                today.minusDays(4));
        LOG.infof("Council demo: %s with %d members, meeting %d, 6 proposals", council.name, members.size(), meeting.id);
    }

    private static CouncilMember member(Council council, Resident resident, int index) {
        Account account = Account.findById(resident.accountId);
        CouncilMember m = new CouncilMember();
        m.councilId = council.id;
        m.accountId = account.id;
        m.name = account.displayName;
        m.seat = SEATS[index % SEATS.length];
        m.chair = index == 0;
        m.termStart = council.createdOn;
        m.termEnd = council.createdOn.plusYears(3).minusDays(1);
        m.persist();
        grant(account.id, Role.COUNCIL_MEMBER, council.communityId);
        CouncilMemberEvent.record(m, CouncilMemberEvent.Kind.JOINED, Instant.now(), ACTOR, m.seat.label());
        if (m.chair) {
            grant(account.id, Role.COUNCIL_CHAIR, council.communityId);
            CouncilMemberEvent.record(m, CouncilMemberEvent.Kind.CHAIR_SET, Instant.now(), ACTOR, null);
        }
        return m;
    }

    private static void grant(long accountId, Role role, long communityId) {
        if (RoleGrant.count("accountId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4",
                accountId, role, Scope.Type.COMMUNITY, communityId) == 0) {
            RoleGrant.of(accountId, role, Scope.Type.COMMUNITY, communityId).persist();
        }
    }

    private Proposal proposal(Community community, Resident proposer, String title, ProposalCategory category,
                              ProposalStatus status, LocalDate submitted) {
        Account account = Account.findById(proposer.accountId);
        Proposal p = new Proposal();
        p.communityId = community.id;
        p.proposerId = account.id;
        p.proposerName = account.displayName;
        p.title = title;
        p.description = title + "。居民反映较多，希望议事会商量解决。";
        p.category = category;
        p.status = ProposalStatus.SUBMITTED;
        p.createdAt = submitted.atTime(9, 0).atZone(TemplateExtensions.ZONE).toInstant();
        p.updatedAt = p.createdAt;
        p.persist();
        ProposalEvent.record(p, clock.instant(), ACTOR, null);
        if (status != ProposalStatus.SUBMITTED) {
            p.status = ProposalStatus.UNDER_REVIEW;
            p.receivedAt = p.createdAt.plus(Duration.ofDays(1));
            // staff receive it: the demo community may have fewer residents than the co-sign threshold
            ProposalEvent.record(p, clock.instant(), ACTOR, "居委会受理，转入审核");
        }
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.UNDER_REVIEW) {
            p.status = status == ProposalStatus.ANSWERED ? ProposalStatus.ANSWERED : ProposalStatus.ACCEPTED;
            p.track = status == ProposalStatus.ANSWERED ? Track.FAST : Track.DEEP;
            ProposalEvent.record(p, clock.instant(), ACTOR, null);
        }
        return p;
    }

    private static void cosign(Proposal p, List<Resident> residents, int count) {
        residents.stream().filter(r -> !r.accountId.equals(p.proposerId)).limit(count).forEach(r -> {
            CoSignature c = new CoSignature();
            c.proposalId = p.id;
            c.accountId = r.accountId;
            c.createdAt = p.createdAt;
            c.persist();
            p.cosignCount++;
        });
    }

    private Meeting pastMeeting(Council council, List<CouncilMember> members, LocalDate date, Proposal... proposals) {
        Instant at = date.atTime(19, 0).atZone(TemplateExtensions.ZONE).toInstant();
        Meeting m = new Meeting();
        m.councilId = council.id;
        m.kind = MeetingKind.MONTHLY;
        m.status = MeetingStatus.MINUTES_PUBLISHED;
        m.title = council.name + date.getMonthValue() + "月例会";
        m.meetingDate = date;
        m.startTime = LocalTime.of(19, 0);
        m.place = "社区党群服务中心议事厅";
        m.checkInCode = "246810";
        m.createdAt = at.minus(Duration.ofDays(7));
        m.agendaPublishedAt = at.minus(Duration.ofDays(3));
        m.openedAt = at;
        m.closedAt = at.plus(Duration.ofHours(2));
        m.persist();
        int present = Math.max(1, members.size() * 4 / 5);
        members.subList(0, present).forEach(cm -> {
            Attendance a = new Attendance();
            a.meetingId = m.id;
            a.memberId = cm.id;
            a.name = cm.name;
            a.affiliation = cm.seat.label();
            a.method = Attendance.Method.STAFF;
            a.checkedInAt = at;
            a.persist();
        });
        String[][] record = {
                {"同意在3号楼前绿地边加装4组休息座椅，由物业实施，费用从社区公益金列支。", "多数认为老人需要歇脚处；有成员提出座椅不要挡住消防通道。"},
                {"同意在2号楼北侧空地建设电动自行车集中充电棚，报街道审批后实施。", "大家都担心楼道充电的火灾隐患；物业提出需核实电力容量。"}};
        for (int i = 0; i < proposals.length; i++) {
            Proposal p = proposals[i];
            AgendaItem item = new AgendaItem();
            item.meetingId = m.id;
            item.position = i + 1;
            item.proposalId = p.id;
            item.title = p.title;
            item.description = p.description;
            item.speakers = members.get(1).name + "\n" + members.get(2).name;
            item.views = record[i][1];
            item.persist();
            p.status = ProposalStatus.SCHEDULED;
            ProposalEvent.record(p, clock.instant(), ACTOR, "列入「" + m.title + "」议程");
            Resolution r = new Resolution();
            r.agendaItemId = item.id;
            r.meetingId = m.id;
            r.councilId = council.id;
            r.text = record[i][0];
            r.voteMode = Resolution.VoteMode.SHOW_OF_HANDS;
            r.agree = present - 1 - i;
            r.oppose = i;
            r.abstain = 1;
            r.members = members.size();
            r.present = present;
            r.passed = CouncilRules.DEFAULT.passes(r.agree, present);
            r.decidedAt = at.plus(Duration.ofMinutes(40L * (i + 1)));
            r.persist();
            p.status = ProposalStatus.DECIDED;
            ProposalEvent.record(p, clock.instant(), ACTOR, "议事会表决通过：" + r.text);
            followUp(r, i == 0 ? "物业服务中心" : "社区居委会", date.plusMonths(1), i == 0);
        }
        m.minutes = MinutesService.generate(views.record(m, council, false));
        m.minutesConfirmedAt = m.closedAt.plus(Duration.ofDays(1));
        m.minutesConfirmedBy = members.get(0).name;
        m.minutesPublishedAt = m.minutesConfirmedAt;
        board.publish(new NoticeBoard.Draft(NoticeCategory.COUNCIL, council.communityId, null, CouncilNotices.minutesTitle(m),
                m.minutes, "meeting", m.id, "/meetings/" + m.id + "/minutes", null), ACTOR);
        return m;
    }

    private static void followUp(Resolution r, String responsible, LocalDate due, boolean reported) {
        FollowUp f = new FollowUp();
        f.resolutionId = r.id;
        f.councilId = r.councilId;
        f.responsible = responsible;
        f.dueDate = due;
        f.status = FollowUpStatus.ASSIGNED;
        f.createdAt = r.decidedAt;
        f.persist();
        update(f, "交办" + responsible + "，期限" + due, r.decidedAt);
        f.status = FollowUpStatus.IN_PROGRESS;
        update(f, reported ? "座椅已采购，等待安装" : "已向街道提交审批材料", r.decidedAt.plus(Duration.ofDays(5)));
        if (reported) {
            f.status = FollowUpStatus.REPORTED;
            f.reportCount = 1;
            f.report = "4组休息座椅已安装完毕，位置避开了消防通道。";
            update(f, f.report, r.decidedAt.plus(Duration.ofDays(20)));
        }
    }

    private static void update(FollowUp f, String text, Instant at) {
        FollowUpUpdate u = new FollowUpUpdate();
        u.followUpId = f.id;
        u.status = f.status;
        u.text = text;
        u.occurredAt = at;
        u.actor = ACTOR;
        u.persist();
    }
}
