package cn.shangliang.hearing;

import cn.shangliang.notification.NotificationKind;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.community.Community;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.Threshold;
import cn.shangliang.hearing.HearingInput.CancelRequest;
import cn.shangliang.hearing.HearingInput.HearingRequest;
import cn.shangliang.hearing.HearingInput.LinkInput;
import cn.shangliang.hearing.HearingViews.HearingSummary;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.common.security.Role;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Planning a hearing, announcing it, running registration, cancelling; and reading hearings. */
@ApplicationScoped
public class HearingService {

    public static final int PAGE_SIZE = 20;

    @Inject
    HearingAccess access;

    @Inject
    RequestCheck requests;

    @Inject
    HearingConfig config;

    @Inject
    HearingNotices notices;

    @Transactional
    public HearingView create(long communityId, HearingRequest request) {
        access.requireStaff(communityId);
        requests.valid(request);
        Hearing h = new Hearing();
        h.communityId = communityId;
        h.status = HearingStatus.DRAFT;
        h.materialsDays = config.materialsDays();
        h.attendanceShare = config.attendance().toString();
        h.createdBy = access.actor();
        h.createdAt = access.now();
        apply(h, request);
        h.persist();
        replaceMatterLinks(h, request.links());
        access.audit("hearing.create", "hearing", h.id, h.title);
        return view(h);
    }

    /** Only a draft is edited: once announced, the public relies on what was announced. */
    @Transactional
    public HearingView update(long id, HearingRequest request) {
        Hearing h = access.lockForStaff(id, request);
        if (h.status != HearingStatus.DRAFT) {
            throw DomainException.conflict("hearing.edit.not-draft", h.status);
        }
        apply(h, request);
        replaceMatterLinks(h, request.links());
        access.audit("hearing.update", "hearing", h.id, h.title);
        return view(h);
    }

    @Transactional
    public HearingView announce(long id) {
        Hearing h = access.lockForStaff(id);
        Refusal.throwIf(h.workflow().checkAnnounce(h.status, access.today(), h.schedule(), h.seats()));
        h.status = HearingStatus.ANNOUNCED;
        h.announcedAt = access.now();
        notices.announced(h, access.actor());
        access.notify(NotificationKind.HEARING_NOTICE, access.residents(h), h, "", String.valueOf(h.hearingDate));
        access.audit("hearing.announce", "hearing", h.id, h.title);
        return view(h);
    }

    @Transactional
    public HearingView openRegistration(long id) {
        Hearing h = access.lockForStaff(id);
        Refusal.throwIf(h.workflow().checkOpenRegistration(h.status, access.today(), h.schedule()));
        h.status = HearingStatus.REGISTRATION_OPEN;
        access.notify(NotificationKind.HEARING_REGISTRATION, access.residents(h), h, "", "event:hearing.registration-open");
        access.audit("hearing.registration-open", "hearing", h.id, h.title);
        return view(h);
    }

    /** Closing publishes the applicant list with its numbers, so the pool is public before the seed exists. */
    @Transactional
    public HearingView closeRegistration(long id) {
        Hearing h = access.lockForStaff(id);
        Refusal.throwIf(h.workflow().checkCloseRegistration(h.status, access.today(), h.schedule()));
        h.status = HearingStatus.REGISTRATION_CLOSED;
        List<HearingApplication> representatives = HearingApplication.representatives(h.id);
        notices.applicants(h, representatives, access.actor());
        access.audit("hearing.registration-close", "hearing", h.id,
                representatives.size() + " representative applications");
        return view(h);
    }

    @Transactional
    public HearingView cancel(long id, CancelRequest request) {
        Hearing h = access.lockForStaff(id, request);
        Refusal.throwIf(h.workflow().checkCancel(h.status, request.reason()));
        boolean wasPublic = h.status != HearingStatus.DRAFT;
        h.status = HearingStatus.CANCELLED;
        h.cancelReason = request.reason().strip();
        if (wasPublic) {
            notices.cancelled(h, access.actor());
        }
        access.audit("hearing.cancel", "hearing", h.id, h.cancelReason);
        return view(h);
    }

    public HearingView get(long id) {
        return view(access.visible(id));
    }

    /** The communities the caller is staff of, for the new-hearing form. */
    public List<HearingViews.CommunityOption> staffCommunities(String selected) {
        return staffCommunityIds().stream().map(id -> Community.<Community>findById(id)).filter(java.util.Objects::nonNull)
                .map(c -> new HearingViews.CommunityOption(c.id, c.name, String.valueOf(c.id).equals(selected))).toList();
    }

    /** Announced hearings for everyone, newest hearing date first; drafts only for the staff who plan them. */
    public List<HearingSummary> list(Long communityId, int page) {
        Set<Long> staffCommunities = staffCommunityIds();
        String query = "(status <> :draft or communityId in :staff)" + (communityId == null ? "" : " and communityId = :community");
        var params = new java.util.HashMap<String, Object>(Map.of("draft", HearingStatus.DRAFT,
                "staff", staffCommunities.isEmpty() ? List.of(-1L) : staffCommunities));
        if (communityId != null) {
            params.put("community", communityId);
        }
        return Hearing.<Hearing>find(query + " order by hearingDate desc, id desc", params)
                .page(Page.of(Math.max(page, 0), PAGE_SIZE)).list().stream().map(HearingSummary::of).toList();
    }

    public boolean isStaff(long communityId) {
        return access.isStaff(communityId);
    }

    private Set<Long> staffCommunityIds() {
        return access.user().communitiesWhere(Role.COMMUNITY_STAFF);
    }

    /** The defaults a new hearing's form starts with. */
    public HearingConfig defaults() {
        return config;
    }

    HearingView view(Hearing h) {
        return HearingView.of(h, HearingLink.of(h.id, HearingLink.Purpose.MATTER));
    }

    private void apply(Hearing h, HearingRequest r) {
        List<RuleViolation> problems = new ArrayList<>();
        Threshold share = parseShare(r.representativeShare(), problems);
        problems.addAll(checkLinks(r.links()));
        Refusal.throwIf(problems);
        h.title = r.title().strip();
        h.matter = r.matter().strip();
        h.draft = r.draft().strip();
        h.explanation = r.explanation().strip();
        h.sponsor = r.sponsor().strip();
        h.presidingOfficer = r.presidingOfficer().strip();
        h.recorder = r.recorder().strip();
        h.place = r.place().strip();
        h.hearingDate = r.hearingDate();
        h.startsAt = r.startsAt();
        h.registrationOpens = r.registrationOpens();
        h.registrationCloses = r.registrationCloses();
        h.participantsFixedOn = r.participantsFixedOn();
        h.selectionMethod = r.selectionMethod().strip();
        h.seedSource = r.seedSource().strip();
        h.setSeats(r.seats());
        h.minRepresentatives = r.minRepresentatives() == null ? config.minRepresentatives() : r.minRepresentatives();
        h.representativeShare = share.toString();
        h.stakeholdersOutnumberResidents = r.stakeholdersOutnumberResidents() == null
                ? config.stakeholdersOutnumberResidents() : r.stakeholdersOutnumberResidents();
        h.observerCapacity = r.observerCapacity() == null ? config.observerCapacity() : r.observerCapacity();
        // A plan that could never be announced is refused now, while the form is still in front of the sponsor:
        // the announcement's conflicts are, here, input to correct.
        Refusal.throwIf(h.workflow().checkAnnounce(HearingStatus.DRAFT, access.today(), h.schedule(), h.seats()),
                RuleViolation.Kind.INVALID);
    }

    private Threshold parseShare(String text, List<RuleViolation> problems) {
        if (text == null || text.isBlank()) {
            return config.representativeShare();
        }
        String value = text;
        try {
            return Threshold.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(RuleViolation.invalid("hearing.quota.share-format", value));
            return config.representativeShare();
        }
    }

    static List<RuleViolation> checkLinks(List<LinkInput> links) {
        List<RuleViolation> problems = new ArrayList<>();
        for (LinkInput link : links == null ? List.<LinkInput>of() : links) {
            if (!safeUrl(link.url())) {
                problems.add(RuleViolation.invalid("hearing.link.url", link.title()));
            }
        }
        return problems;
    }

    private static boolean safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        boolean local = url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
        return local || url.startsWith("https://") || url.startsWith("http://");
    }

    private static void replaceMatterLinks(Hearing h, List<LinkInput> links) {
        HearingLink.delete("hearingId = ?1 and purpose = ?2", h.id, HearingLink.Purpose.MATTER);
        for (LinkInput link : links == null ? List.<LinkInput>of() : links) {
            persistLink(h.id, HearingLink.Purpose.MATTER, link);
        }
    }

    static HearingLink persistLink(long hearingId, HearingLink.Purpose purpose, LinkInput input) {
        HearingLink link = new HearingLink();
        link.hearingId = hearingId;
        link.purpose = purpose;
        link.refType = input.type();
        link.refId = input.refId();
        link.title = input.title().strip();
        link.url = input.url() == null || input.url().isBlank() ? null : input.url().strip();
        link.persist();
        return link;
    }
}
