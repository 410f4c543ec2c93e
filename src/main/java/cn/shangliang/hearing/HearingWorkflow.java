package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingStatus.ANNOUNCED;
import static cn.shangliang.hearing.HearingStatus.CANCELLED;
import static cn.shangliang.hearing.HearingStatus.DRAFT;
import static cn.shangliang.hearing.HearingStatus.IN_SESSION;
import static cn.shangliang.hearing.HearingStatus.PARTICIPANTS_FIXED;
import static cn.shangliang.hearing.HearingStatus.RECORD_CONFIRMATION;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_CLOSED;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_OPEN;
import static cn.shangliang.hearing.HearingStatus.REPORT_PUBLISHED;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hearing's life. It may be cancelled, with a reason, until it sits; from then on there is a record to
 * confirm and a report to publish. If too few representatives come on the day, the hearing stays
 * PARTICIPANTS_FIXED and is held on another day. The checks judge the hearing as it stands (its status, its
 * dates against today), so their rules are conflicts (409); a missing text the request should carry is invalid
 * input (400). A plan checked as if announced, before it is saved, is refused as invalid input by its caller.
 */
public final class HearingWorkflow {
    public static final TransitionTable<HearingStatus> TRANSITIONS =
            TransitionTable.builder(HearingStatus.class, "hearing")
                    .allow(DRAFT, ANNOUNCED, CANCELLED)
                    .allow(ANNOUNCED, REGISTRATION_OPEN, CANCELLED)
                    .allow(REGISTRATION_OPEN, REGISTRATION_CLOSED, CANCELLED)
                    .allow(REGISTRATION_CLOSED, PARTICIPANTS_FIXED, CANCELLED)
                    .allow(PARTICIPANTS_FIXED, IN_SESSION, CANCELLED)
                    .allow(IN_SESSION, RECORD_CONFIRMATION)
                    .allow(RECORD_CONFIRMATION, REPORT_PUBLISHED)
                    .build();

    private final HearingRules rules;

    public HearingWorkflow(HearingRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /**
     * The announcement fixes the dates and the selection method in advance. The lottery comes at least a day
     * after registration closes so the applicant list is public before the seed is known, and the hearing
     * leaves the full materials period after the list is fixed.
     */
    public List<RuleViolation> checkAnnounce(HearingStatus status, LocalDate today, HearingSchedule schedule,
                                             Map<RepresentativeCategory, Integer> seats) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, ANNOUNCED));
        if (schedule.registrationOpens().isBefore(today)) {
            violations.add(RuleViolation.conflict("hearing.announce.registration-in-past", schedule.registrationOpens(), today));
        }
        if (schedule.registrationCloses().isBefore(schedule.registrationOpens())) {
            violations.add(RuleViolation.conflict("hearing.announce.registration-order"));
        }
        if (!schedule.participantsFixedOn().isAfter(schedule.registrationCloses())) {
            violations.add(RuleViolation.conflict("hearing.announce.lottery-too-early"));
        }
        violations.addAll(checkMaterialsPeriod(schedule.participantsFixedOn(), schedule.hearingDate()));
        violations.addAll(RuleViolation.requireText(schedule.seedSource(), "hearing.announce.seed-source-required"));
        violations.addAll(rules.quota().validatePlan(seats));
        return violations;
    }

    public List<RuleViolation> checkOpenRegistration(HearingStatus status, LocalDate today, HearingSchedule schedule) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, REGISTRATION_OPEN));
        if (today.isBefore(schedule.registrationOpens())) {
            violations.add(RuleViolation.conflict("hearing.registration.opens-early", schedule.registrationOpens()));
        }
        return violations;
    }

    /** The announced last day stays open in full, so closing happens the day after at the earliest. */
    public List<RuleViolation> checkCloseRegistration(HearingStatus status, LocalDate today, HearingSchedule schedule) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, REGISTRATION_CLOSED));
        if (!today.isAfter(schedule.registrationCloses())) {
            violations.add(RuleViolation.conflict("hearing.registration.closes-early", schedule.registrationCloses()));
        }
        return violations;
    }

    /**
     * Residents register on the announced days only: if the sponsor is late to close registration, the last
     * announced day still ends it, so the applicant list is the one the lottery date was announced for.
     */
    public List<RuleViolation> checkRegister(HearingStatus status, LocalDate today, HearingSchedule schedule) {
        if (status != REGISTRATION_OPEN) {
            return List.of(RuleViolation.conflict("hearing.registration.not-open", status));
        }
        if (today.isAfter(schedule.registrationCloses())) {
            return List.of(RuleViolation.conflict("hearing.registration.period-over", schedule.registrationCloses()));
        }
        return List.of();
    }

    /**
     * The seed is published once, after registration closed and not before the announced lottery day: the
     * public value it is taken from does not exist earlier.
     */
    public List<RuleViolation> checkPublishSeed(HearingStatus status, LocalDate today, HearingSchedule schedule,
                                                String publishedSeed, String seed) {
        List<RuleViolation> violations = new ArrayList<>();
        if (status != REGISTRATION_CLOSED) {
            violations.add(RuleViolation.conflict("hearing.seed.not-now", status));
        }
        if (publishedSeed != null) {
            violations.add(RuleViolation.conflict("hearing.seed.already-published", publishedSeed));
        }
        violations.addAll(checkLotteryDay(today, schedule));
        violations.addAll(RuleViolation.requireText(seed, "hearing.seed.required"));
        return violations;
    }

    /**
     * Fixing the list runs the announced lottery: on or after the announced day, from the published seed
     * ({@code lottery} is null while none is published). A late lottery must not eat into the materials
     * period: then the hearing date moves instead.
     */
    public List<RuleViolation> checkFixParticipants(HearingStatus status, LocalDate today, HearingSchedule schedule,
                                                    Map<RepresentativeCategory, Integer> seats, LotteryResult lottery) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, PARTICIPANTS_FIXED));
        violations.addAll(checkLotteryDay(today, schedule));
        violations.addAll(checkMaterialsPeriod(today, schedule.hearingDate()));
        if (lottery == null) {
            violations.add(RuleViolation.conflict("hearing.lottery.seed-not-published"));
        } else {
            violations.addAll(rules.quota().validateParticipants(seats, lottery.selected()));
        }
        return violations;
    }

    public List<RuleViolation> checkOpenSession(HearingStatus status, LocalDate today, LocalDate hearingDate,
                                                int present, int representatives) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, IN_SESSION));
        if (!today.equals(hearingDate)) {
            violations.add(RuleViolation.conflict("hearing.session.not-hearing-day", hearingDate));
        }
        if (!rules.attendance().isMetBy(present, representatives)) {
            violations.add(RuleViolation.conflict("hearing.session.too-few-present", rules.attendance().of(HearingQuota.REPRESENTATIVES), representatives, present, rules.attendance().shortfall(present, representatives)));
        }
        return violations;
    }

    /** The session ends into record confirmation once the representatives have stated their views. */
    public List<RuleViolation> checkEndSession(HearingStatus status, SessionStage lastStage) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, RECORD_CONFIRMATION));
        violations.addAll(OrderOfBusiness.checkEnd(lastStage));
        return violations;
    }

    /** Publishing waits until every representative who attended has signed, signed with corrections, or refused. */
    public List<RuleViolation> checkPublishReport(HearingStatus status, List<SignOff> signOffs) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, REPORT_PUBLISHED));
        long pending = signOffs.stream().filter(s -> s == SignOff.PENDING).count();
        if (signOffs.isEmpty()) {
            violations.add(RuleViolation.conflict("hearing.report.no-sign-offs"));
        } else if (pending > 0) {
            violations.add(RuleViolation.conflict("hearing.report.record-not-confirmed", pending));
        }
        return violations;
    }

    public List<RuleViolation> checkCancel(HearingStatus status, String reason) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, CANCELLED));
        violations.addAll(RuleViolation.requireText(reason, "hearing.cancel.reason-required"));
        return violations;
    }

    private static List<RuleViolation> checkLotteryDay(LocalDate today, HearingSchedule schedule) {
        if (!today.isBefore(schedule.participantsFixedOn())) {
            return List.of();
        }
        return List.of(RuleViolation.conflict("hearing.lottery.too-early", schedule.participantsFixedOn()));
    }

    private List<RuleViolation> checkMaterialsPeriod(LocalDate fixedOn, LocalDate hearingDate) {
        long days = ChronoUnit.DAYS.between(fixedOn, hearingDate);
        if (days >= rules.materialsDays()) {
            return List.of();
        }
        return List.of(RuleViolation.conflict("hearing.materials-period-too-short", rules.materialsDays(), fixedOn, hearingDate, days));
    }
}
