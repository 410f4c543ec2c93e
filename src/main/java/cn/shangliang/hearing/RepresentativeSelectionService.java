package cn.shangliang.hearing;

import cn.shangliang.notification.NotificationKind;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.hearing.HearingInput.SeedRequest;
import cn.shangliang.hearing.HearingViews.DrawView;
import cn.shangliang.hearing.HearingViews.HearingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Selecting the representatives (docs/rules/hearing.md): the seed is published first, on its own, and the
 * draw then follows from the seed and the applicant list already on the board. Nothing of the draw is stored
 * but its outcome: the steps are recomputed from what is public, exactly as an observer would.
 */
@ApplicationScoped
public class RepresentativeSelectionService {

    @Inject
    HearingAccess access;

    @Inject
    HearingService hearings;

    @Inject
    HearingNotices notices;

    @Transactional
    public HearingView publishSeed(long id, SeedRequest request) {
        Hearing h = access.lockForStaff(id, request);
        // The lottery hashes the text exactly as published; surrounding spaces would be invisible on the board.
        String seed = request.seed().strip();
        Refusal.throwIf(h.workflow().checkPublishSeed(h.status, access.today(), h.schedule(), h.seed, seed));
        h.seed = seed;
        h.seedPublishedAt = access.now();
        notices.seed(h, access.actor());
        access.audit("hearing.seed", "hearing", h.id, seed);
        return hearings.view(h);
    }

    @Transactional
    public HearingView draw(long id) {
        Hearing h = access.lockForStaff(id);
        List<HearingApplication> applications = HearingApplication.representatives(h.id);
        LotteryResult lottery = h.seed == null ? null : lottery(h, applications);
        Refusal.throwIf(h.workflow().checkFixParticipants(h.status, access.today(), h.schedule(), h.seats(), lottery));
        Map<Long, HearingApplication> byNumber = applications.stream()
                .collect(Collectors.toMap(a -> a.applicationNo, Function.identity()));
        Map<RepresentativeCategory, List<HearingApplication>> selected = new EnumMap<>(RepresentativeCategory.class);
        Map<RepresentativeCategory, List<HearingApplication>> reserves = new EnumMap<>(RepresentativeCategory.class);
        for (CategoryDraw draw : lottery.draws()) {
            selected.put(draw.category(), mark(draw.selected(), byNumber, ApplicationOutcome.SELECTED, 1));
            reserves.put(draw.category(), mark(draw.reserves(), byNumber, ApplicationOutcome.RESERVE, draw.selected().size() + 1));
        }
        h.status = HearingStatus.PARTICIPANTS_FIXED;
        applications.forEach(a -> access.notify(NotificationKind.HEARING_LOTTERY, List.of(a.accountId), h, "/draw",
                a.outcome == ApplicationOutcome.SELECTED ? "event:hearing.selected" : "event:hearing.not-selected"));
        notices.participants(h, selected, reserves, access.actor());
        access.audit("hearing.draw", "hearing", h.id,
                "seed " + h.seed + ", selected " + lottery.selected().size());
        return hearings.view(h);
    }

    /** The draw recomputed from the published seed and applicant list; empty until the seed is published. */
    public DrawView drawOf(long id) {
        Hearing h = access.visible(id);
        if (h.seed == null) {
            throw DomainException.notFound("not-found.hearing-lottery");
        }
        return new DrawView(h.seed, h.seedPublishedAt, lottery(h, HearingApplication.representatives(h.id)).draws());
    }

    private static LotteryResult lottery(Hearing h, List<HearingApplication> applications) {
        return SeatLottery.draw(h.seed, h.seats(), applications.stream().map(HearingApplication::applicant).toList());
    }

    /** Marks the drawn applications in draw order, ranks counting on from {@code firstRank}. */
    static List<HearingApplication> mark(List<Long> numbers, Map<Long, HearingApplication> byNumber,
                                                 ApplicationOutcome outcome, int firstRank) {
        List<HearingApplication> marked = numbers.stream().map(byNumber::get).toList();
        for (int i = 0; i < marked.size(); i++) {
            marked.get(i).outcome = outcome;
            marked.get(i).drawRank = firstRank + i;
        }
        return marked;
    }
}
