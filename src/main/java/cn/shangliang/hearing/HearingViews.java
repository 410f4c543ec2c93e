package cn.shangliang.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What the service hands out: records for the API and the pages, never entities. */
public final class HearingViews {
    private HearingViews() {
    }

    public record HearingView(long id, long communityId, String title, String matter, String draft, String explanation,
                              String sponsor, String presidingOfficer, String recorder, String place,
                              LocalDate hearingDate, LocalTime startsAt, LocalDate registrationOpens,
                              LocalDate registrationCloses, LocalDate participantsFixedOn, String selectionMethod,
                              String seedSource, String seed, Instant seedPublishedAt,
                              Map<RepresentativeCategory, Integer> seats, int totalSeats, QuotaView quota,
                              int materialsDays, String attendance, int observerCapacity, int observers,
                              HearingStatus status, String statusLabel, String cancelReason, List<LinkView> links,
                              Instant announcedAt) {
        static HearingView of(Hearing h, List<HearingLink> links) {
            return new HearingView(h.id, h.communityId, h.title, h.matter, h.draft, h.explanation, h.sponsor,
                    h.presidingOfficer, h.recorder, h.place, h.hearingDate, h.startsAt, h.registrationOpens,
                    h.registrationCloses, h.participantsFixedOn, h.selectionMethod, h.seedSource, h.seed,
                    h.seedPublishedAt, h.seats(), h.totalSeats(),
                    new QuotaView(h.minRepresentatives, h.representativeShare, h.stakeholdersOutnumberResidents),
                    h.materialsDays, h.attendanceShare, h.observerCapacity, h.observers, h.status, h.status.label(),
                    h.cancelReason, links.stream().map(LinkView::of).toList(), h.announcedAt);
        }
    }

    public record HearingSummary(long id, long communityId, String title, LocalDate hearingDate, String place,
                                 HearingStatus status, String statusLabel) {
        static HearingSummary of(Hearing h) {
            return new HearingSummary(h.id, h.communityId, h.title, h.hearingDate, h.place, h.status, h.status.label());
        }
    }

    /** A seat count as a form or table shows it; {@code open} when residents may apply for it. */
    public record SeatField(RepresentativeCategory category, String value, boolean open) {

        /** The form field of the category's seats. */
        public String key() {
            return HearingPageForm.seatKey(category);
        }

        /** The seats of a plan; {@code onlyOpen}: those a resident may apply for. */
        static List<SeatField> of(Map<RepresentativeCategory, Integer> seats, boolean onlyOpen) {
            return seats.entrySet().stream().filter(e -> !onlyOpen || e.getValue() > 0)
                    .map(e -> new SeatField(e.getKey(), String.valueOf(e.getValue()), e.getValue() > 0)).toList();
        }
    }

    public record LinkTypeOption(LinkType type, boolean selected) {

        static List<LinkTypeOption> all(String selected) {
            return java.util.Arrays.stream(LinkType.values()).map(t -> new LinkTypeOption(t, t.name().equals(selected)))
                    .toList();
        }
    }

    /** A community a staff member may plan a hearing in. */
    public record CommunityOption(long id, String name, boolean selected) {
    }

    public record QuotaView(int minRepresentatives, String representativeShare, boolean stakeholdersOutnumberResidents) {
    }

    public record LinkView(LinkType type, String typeLabel, Long refId, String title, String url) {
        static LinkView of(HearingLink l) {
            return new LinkView(l.refType, l.refType.label(), l.refId, l.title, l.url);
        }
    }

    /** An application as the public sees it: no account or resident ids. */
    public record ApplicationView(long id, long applicationNo, String name, ApplicationKind kind,
                                  RepresentativeCategory category, String categoryLabel, String statement,
                                  ApplicationOutcome outcome, String outcomeLabel, Integer drawRank, boolean present,
                                  SignOff signOff, String signOffLabel, String signOffNote, Instant signedAt) {
        static ApplicationView of(HearingApplication a) {
            return new ApplicationView(a.id, a.applicationNo, a.name, a.kind, a.category,
                    a.category == null ? null : a.category.label(), a.statement, a.outcome, a.outcome.label(),
                    a.drawRank, a.present, a.signOff, a.signOff == null ? null : a.signOff.label(), a.signOffNote,
                    a.signedAt);
        }
    }

    /** The draw as published: the seed, and per category the pool, every step, the selected and the reserves. */
    public record DrawView(String seed, Instant seedPublishedAt, List<CategoryDraw> draws) {
    }

    public record StatementView(int seq, SessionStage stage, String stageLabel, String speaker,
                                StatementPosition position, String positionLabel, String content, Instant recordedAt) {
        static StatementView of(HearingStatement s) {
            return new StatementView(s.seq, s.stage, s.stage.label(), s.speaker, s.position, s.position.label(),
                    s.content, s.recordedAt);
        }
    }

    /** 听证笔录: who was there, what was said in order, and each representative's sign-off. */
    public record RecordView(HearingStatus status, List<ApplicationView> representatives, int present,
                             List<StatementView> statements, SessionStage currentStage) {
    }

    public record ReportView(String summary, String viewsFor, String viewsAgainst, String adopted, String notAdopted,
                             LinkView decision, Instant publishedAt) {
        static ReportView of(HearingReport r, LinkView decision) {
            return new ReportView(r.summary, r.viewsFor, r.viewsAgainst, r.adopted, r.notAdopted, decision, r.publishedAt);
        }
    }
}
