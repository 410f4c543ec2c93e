package cn.shangliang.hearing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What callers send, for the API (JSON) and the pages (forms turned into the same records). */
public final class HearingInput {
    private HearingInput() {
    }

    /**
     * A hearing as staff plan it. The quota fields and the observer capacity may be left out: the configured
     * defaults then apply.
     */
    public record HearingRequest(
            @NotBlank(message = "field.hearing.title") @Size(max = 200, message = "field.hearing.title-200") String title,
            @NotBlank(message = "field.hearing.matter") @Size(max = 20000, message = "field.hearing.too-long") String matter,
            @NotBlank(message = "field.hearing.draft") @Size(max = 60000, message = "field.hearing.too-long") String draft,
            @NotBlank(message = "field.hearing.explanation") @Size(max = 20000, message = "field.hearing.too-long") String explanation,
            @NotBlank(message = "field.hearing.sponsor") @Size(max = 120, message = "field.hearing.max-length") String sponsor,
            @NotBlank(message = "field.hearing.presiding-officer") @Size(max = 60, message = "field.hearing.max-length") String presidingOfficer,
            @NotBlank(message = "field.hearing.recorder") @Size(max = 60, message = "field.hearing.max-length") String recorder,
            @NotBlank(message = "field.hearing.place") @Size(max = 200, message = "field.hearing.max-length") String place,
            @NotNull(message = "field.hearing.date") LocalDate hearingDate,
            @NotNull(message = "field.hearing.starts-at") LocalTime startsAt,
            @NotNull(message = "field.hearing.registration-opens") LocalDate registrationOpens,
            @NotNull(message = "field.hearing.registration-closes") LocalDate registrationCloses,
            @NotNull(message = "field.hearing.participants-fixed-on") LocalDate participantsFixedOn,
            @NotBlank(message = "field.hearing.selection-method") @Size(max = 5000, message = "field.hearing.too-long") String selectionMethod,
            @NotBlank(message = "field.hearing.seed-source") @Size(max = 300, message = "field.hearing.max-length") String seedSource,
            @NotEmpty(message = "field.hearing.seats") Map<RepresentativeCategory, @NotNull(message = "field.hearing.seat-count") @Min(value = 0, message = "field.hearing.seat-min") @Max(value = 500, message = "field.hearing.seat-max") Integer> seats,
            @Min(value = 1, message = "field.hearing.min-representatives-min") @Max(value = 500, message = "field.hearing.min-representatives-max") Integer minRepresentatives,
            @Size(max = 20, message = "field.hearing.share") String representativeShare,
            Boolean stakeholdersOutnumberResidents,
            @Min(value = 0, message = "field.hearing.observers-min") @Max(value = 10000, message = "field.hearing.observers-max") Integer observerCapacity,
            @Size(max = 10, message = "field.hearing.links-10") List<@Valid @NotNull LinkInput> links) {
    }

    /** A reference to a proposal, resolution, project or owners' decision kept in another feature. */
    public record LinkInput(
            @NotNull(message = "field.hearing.link-type") LinkType type,
            Long refId,
            @NotBlank(message = "field.hearing.link-title") @Size(max = 200, message = "field.hearing.max-length") String title,
            @Size(max = 300, message = "field.hearing.url-300") String url) {
    }

    public record ApplicationRequest(
            @NotNull(message = "field.hearing.kind") ApplicationKind kind,
            RepresentativeCategory category,
            @Size(max = 500, message = "field.hearing.application-statement") String statement) {
    }

    public record SeedRequest(@NotBlank(message = "field.hearing.seed") @Size(max = 200, message = "field.hearing.seed-200") String seed) {
    }

    public record AttendanceRequest(@NotNull(message = "field.hearing.present") List<@NotNull Long> present) {
    }

    public record StatementRequest(
            @NotNull(message = "field.hearing.stage") SessionStage stage,
            Long applicationId,
            @Size(max = 100, message = "field.hearing.speaker-100") String speaker,
            StatementPosition position,
            @NotBlank(message = "field.hearing.statement-content") @Size(max = 20000, message = "field.hearing.too-long") String content) {
    }

    public record SignOffRequest(
            @NotNull(message = "field.hearing.sign-off") SignOff decision,
            @Size(max = 5000, message = "field.hearing.too-long") String note) {
    }

    public record ReportRequest(
            @NotBlank(message = "field.hearing.summary") @Size(max = 20000, message = "field.hearing.too-long") String summary,
            @NotBlank(message = "field.hearing.views-for") @Size(max = 20000, message = "field.hearing.too-long") String viewsFor,
            @NotBlank(message = "field.hearing.views-against") @Size(max = 20000, message = "field.hearing.too-long") String viewsAgainst,
            @NotBlank(message = "field.hearing.adopted") @Size(max = 20000, message = "field.hearing.too-long") String adopted,
            @NotBlank(message = "field.hearing.not-adopted") @Size(max = 20000, message = "field.hearing.too-long") String notAdopted,
            @NotNull(message = "field.hearing.decision") @Valid LinkInput decision) {
    }

    /**
     * The report form of the pages: the decision link typed as four fields ({@code decision_type}, …), so a
     * type or number that does not parse is named by its field. {@link #request()} gives the API's record.
     */
    public record ReportPageForm(String summary, String viewsFor, String viewsAgainst, String adopted, String notAdopted,
                                 LinkType decision_type, Long decision_refId, String decision_title, String decision_url) {

        ReportRequest request() {
            LinkInput decision = decision_type == null ? null
                    : new LinkInput(decision_type, decision_refId, decision_title, decision_url);
            return new ReportRequest(summary, viewsFor, viewsAgainst, adopted, notAdopted, decision);
        }
    }

    public record CancelRequest(@NotBlank(message = "field.hearing.cancel-reason") @Size(max = 2000, message = "field.hearing.too-long") String reason) {
    }
}
