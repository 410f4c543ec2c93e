package cn.shangliang.hearing;

import java.time.Clock;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.common.rules.Threshold;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Demo hearings in the first demo community that has staff and residents with accounts: one in registration
 * and one held, with its draw, record, sign-offs and report. The held one uses the default quota when the
 * demo has 16 residents with accounts, otherwise a small configured quota (3 seats), so a draw still happens.
 */
@ApplicationScoped
public class HearingDemo {

    private static final Logger LOG = Logger.getLogger(HearingDemo.class);
    private static final String ACTOR = "demo";

    @Inject
    Clock clock;

    @Inject
    HearingNotices notices;

    void seed(@Observes DemoSeeded event) {
        Optional<Community> community = RoleGrant.<RoleGrant>list("role = ?1 and scopeType = ?2 order by scopeId",
                        Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY).stream()
                .map(g -> Community.<Community>findById(g.scopeId)).filter(c -> c != null && residents(c.id).size() >= 4)
                .min(java.util.Comparator.comparing((Community c) -> !DemoCommunity.COMMUNITY_GAOXIN.equals(c.name)));
        if (community.isEmpty()) {
            LOG.info("Hearing demo skipped: no demo community with staff and at least 4 residents with accounts");
            return;
        }
        long communityId = community.get().id;
        List<Resident> residents = residents(communityId);
        held(communityId, residents);
        inRegistration(communityId, residents);
        LOG.infof("Hearing demo: two hearings in community %s", community.get().name);
    }

    private void inRegistration(long communityId, List<Resident> residents) {
        LocalDate today = LocalDate.now(clock);
        Hearing h = hearing(communityId, "社区停车收费标准调整", today, today.plusDays(6), today.plusDays(7), today.plusDays(15),
                seats(4, 1, 5, 3, 2), 15);
        h.status = HearingStatus.REGISTRATION_OPEN;
        h.persist();
        notices.announced(h, ACTOR);
        apply(h, residents.get(0), RepresentativeCategory.STAKEHOLDER, "我每天在小区停车，收费调整直接影响我。");
        apply(h, residents.get(1), RepresentativeCategory.ORDINARY_RESIDENT, "希望兼顾老人和访客停车。");
    }

    private void held(long communityId, List<Resident> residents) {
        LocalDate today = LocalDate.now(clock);
        boolean full = residents.size() >= 16;
        Map<RepresentativeCategory, Integer> seats = full ? seats(4, 1, 5, 3, 2) : seats(2, 1, 0, 0, 0);
        Hearing h = hearing(communityId, "幸福路加装电梯方案", today.minusDays(30), today.minusDays(25), today.minusDays(24),
                today.minusDays(14), seats, full ? 15 : 3);
        h.status = HearingStatus.REPORT_PUBLISHED;
        h.seed = "福彩3D 2025318 582";
        h.seedPublishedAt = clock.instant().minusSeconds(24L * 86400);
        h.persist();
        notices.announced(h, ACTOR);
        int i = 0;
        for (Map.Entry<RepresentativeCategory, Integer> e : seats.entrySet()) {
            int applicants = e.getKey() == RepresentativeCategory.STAKEHOLDER ? e.getValue() + 1 : e.getValue();
            for (int k = 0; k < applicants; k++) {
                apply(h, residents.get(i++), e.getKey(), "我住在幸福路，关心加装电梯。");
            }
        }
        List<HearingApplication> applications = HearingApplication.representatives(h.id);
        notices.applicants(h, applications, ACTOR);
        notices.seed(h, ACTOR);
        Map<Long, HearingApplication> byNo = applications.stream().collect(Collectors.toMap(a -> a.applicationNo, Function.identity()));
        LotteryResult lottery = SeatLottery.draw(h.seed, seats, applications.stream().map(HearingApplication::applicant).toList());
        Map<RepresentativeCategory, List<HearingApplication>> selected = new LinkedHashMap<>();
        Map<RepresentativeCategory, List<HearingApplication>> reserves = new LinkedHashMap<>();
        for (CategoryDraw draw : lottery.draws()) {
            selected.put(draw.category(), RepresentativeSelectionService.mark(draw.selected(), byNo, ApplicationOutcome.SELECTED, 1));
            reserves.put(draw.category(), RepresentativeSelectionService.mark(draw.reserves(), byNo, ApplicationOutcome.RESERVE, draw.selected().size() + 1));
        }
        notices.participants(h, selected, reserves, ACTOR);
        List<HearingApplication> representatives = selected.values().stream().flatMap(List::stream).toList();
        representatives.forEach(a -> {
            a.present = true;
            a.signOff = SignOff.SIGNED;
            a.signedAt = clock.instant().minusSeconds(12L * 86400);
        });
        statement(h, SessionStage.SPONSOR_PRESENTATION, null, "居委会张干事", StatementPosition.OTHER, "介绍加装电梯草案和费用分摊办法。");
        statement(h, SessionStage.REPRESENTATIVE_STATEMENTS, representatives.get(0), null, StatementPosition.FOR, "赞成加装，老人上下楼太难。");
        statement(h, SessionStage.REPRESENTATIVE_STATEMENTS, representatives.get(representatives.size() - 1), null,
                StatementPosition.AGAINST, "一楼住户担心采光和噪音。");
        statement(h, SessionStage.QUESTIONS_AND_DEBATE, null, h.presidingOfficer, StatementPosition.OTHER, "请承办人说明电梯位置能否调整。");
        HearingReport report = new HearingReport();
        report.hearingId = h.id;
        report.summary = "听证会按期举行，全部听证代表出席并在笔录上签字。";
        report.viewsFor = "多数代表赞成加装电梯，认为能解决老人上下楼难。";
        report.viewsAgainst = "一楼住户担心采光和噪音。";
        report.adopted = "采纳调整电梯位置的意见，电梯移至楼栋北侧，以减少遮挡。";
        report.notAdopted = "未采纳免除一楼费用的意见：与议事会决议确定的分摊原则不符。";
        report.publishedAt = clock.instant().minusSeconds(10L * 86400);
        report.publishedBy = ACTOR;
        report.persist();
        HearingLink decision = HearingService.persistLink(h.id, HearingLink.Purpose.DECISION,
                new HearingInput.LinkInput(LinkType.COUNCIL_RESOLUTION, null, "关于幸福路加装电梯的决议", null));
        notices.report(h, report, decision, ACTOR);
    }

    private Hearing hearing(long communityId, String title, LocalDate opens, LocalDate closes, LocalDate fixedOn,
                            LocalDate hearingDate, Map<RepresentativeCategory, Integer> seats, int min) {
        Hearing h = new Hearing();
        h.communityId = communityId;
        h.title = title;
        h.matter = "「" + title + "」涉及社区众多居民的切身利益，决策前举行听证会听取意见。";
        h.draft = "草案全文见社区居委会公示栏。";
        h.explanation = "依据居民议事会的决议起草。";
        h.sponsor = "社区居民委员会";
        h.presidingOfficer = "王主任";
        h.recorder = "李干事";
        h.place = "社区活动中心二楼会议室";
        h.hearingDate = hearingDate;
        h.startsAt = LocalTime.of(9, 30);
        h.registrationOpens = opens;
        h.registrationCloses = closes;
        h.participantsFixedOn = fixedOn;
        h.selectionMethod = "报名人数超过席位时，在各代表类别内按公布的算法公开抽签。";
        h.seedSource = fixedOn + " 福彩3D开奖号码，写作「福彩3D 期号 号码」";
        h.setSeats(seats);
        h.minRepresentatives = min;
        h.representativeShare = Threshold.atLeast(1, 3).toString();
        h.stakeholdersOutnumberResidents = true;
        h.materialsDays = 7;
        h.attendanceShare = Threshold.atLeast(2, 3).toString();
        h.observerCapacity = 30;
        h.createdBy = ACTOR;
        h.createdAt = clock.instant();
        h.announcedAt = clock.instant();
        return h;
    }

    private void apply(Hearing h, Resident r, RepresentativeCategory category, String statement) {
        HearingApplication a = new HearingApplication();
        a.hearingId = h.id;
        a.applicationNo = h.nextApplicationNo++;
        a.accountId = r.accountId;
        a.residentId = r.id;
        a.name = r.name;
        a.kind = ApplicationKind.REPRESENTATIVE;
        a.category = category;
        a.statement = statement;
        a.outcome = ApplicationOutcome.APPLIED;
        a.appliedAt = clock.instant();
        a.persist();
    }

    private void statement(Hearing h, SessionStage stage, HearingApplication speaker, String name, StatementPosition position,
                           String content) {
        HearingStatement s = new HearingStatement();
        s.hearingId = h.id;
        s.seq = h.nextStatementNo++;
        s.stage = stage;
        s.applicationId = speaker == null ? null : speaker.id;
        s.speaker = speaker == null ? name : speaker.name;
        s.position = position;
        s.content = content;
        s.recordedAt = clock.instant();
        s.recordedBy = ACTOR;
        s.persist();
    }

    private static List<Resident> residents(long communityId) {
        return Resident.list("communityId = ?1 and accountId is not null order by id", communityId);
    }

    private static Map<RepresentativeCategory, Integer> seats(int s, int r, int e, int d, int o) {
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        seats.put(RepresentativeCategory.STAKEHOLDER, s);
        seats.put(RepresentativeCategory.ORDINARY_RESIDENT, r);
        seats.put(RepresentativeCategory.EXPERT, e);
        seats.put(RepresentativeCategory.DEPUTY, d);
        seats.put(RepresentativeCategory.ORGANIZATION, o);
        return seats;
    }
}
