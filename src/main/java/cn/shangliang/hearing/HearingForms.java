package cn.shangliang.hearing;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.hearing.HearingInput.LinkInput;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.hearing.HearingViews.LinkTypeOption;
import cn.shangliang.hearing.HearingViews.SeatField;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hearing form's fields as the pages show them (blank, or from a hearing), and the report's decision link.
 * Submitted hearing forms are bound by {@code common.web.FormPipeline} into {@link HearingPageForm}; fields that
 * do not parse become field errors (errors-bundle codes) before the service is called.
 */
final class HearingForms {
    static final List<String> FIELDS = List.of("communityId", "title", "matter", "draft", "explanation", "sponsor",
            "presidingOfficer", "recorder", "place", "hearingDate", "startsAt", "registrationOpens", "registrationCloses",
            "participantsFixedOn", "selectionMethod", "seedSource", "minRepresentatives", "representativeShare",
            "stakeholdersOutnumberResidents", "observerCapacity", "link_type", "link_refId", "link_title", "link_url");

    private HearingForms() {
    }

    /** Every field present (empty where unknown), so templates can show any of them. */
    static Map<String, String> blank(HearingConfig defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        for (RepresentativeCategory c : RepresentativeCategory.values()) {
            values.put(seatKey(c), "0");
        }
        values.put("minRepresentatives", String.valueOf(defaults.minRepresentatives()));
        values.put("representativeShare", defaults.representativeShare().toString());
        values.put("stakeholdersOutnumberResidents", String.valueOf(defaults.stakeholdersOutnumberResidents()));
        values.put("observerCapacity", String.valueOf(defaults.observerCapacity()));
        values.put("startsAt", "09:00");
        return values;
    }

    static Map<String, String> of(HearingView h, HearingConfig defaults) {
        Map<String, String> v = blank(defaults);
        v.put("communityId", String.valueOf(h.communityId()));
        v.put("title", h.title());
        v.put("matter", h.matter());
        v.put("draft", h.draft());
        v.put("explanation", h.explanation());
        v.put("sponsor", h.sponsor());
        v.put("presidingOfficer", h.presidingOfficer());
        v.put("recorder", h.recorder());
        v.put("place", h.place());
        v.put("hearingDate", h.hearingDate().toString());
        v.put("startsAt", h.startsAt().toString());
        v.put("registrationOpens", h.registrationOpens().toString());
        v.put("registrationCloses", h.registrationCloses().toString());
        v.put("participantsFixedOn", h.participantsFixedOn().toString());
        v.put("selectionMethod", h.selectionMethod());
        v.put("seedSource", h.seedSource());
        h.seats().forEach((c, n) -> v.put(seatKey(c), String.valueOf(n)));
        v.put("minRepresentatives", String.valueOf(h.quota().minRepresentatives()));
        v.put("representativeShare", h.quota().representativeShare());
        v.put("stakeholdersOutnumberResidents", String.valueOf(h.quota().stakeholdersOutnumberResidents()));
        v.put("observerCapacity", String.valueOf(h.observerCapacity()));
        if (!h.links().isEmpty()) {
            var link = h.links().get(0);
            v.put("link_type", link.type().name());
            v.put("link_refId", link.refId() == null ? "" : String.valueOf(link.refId()));
            v.put("link_title", link.title());
            v.put("link_url", link.url() == null ? "" : link.url());
        }
        return v;
    }

    static List<SeatField> seats(Map<String, String> values) {
        List<SeatField> seats = new ArrayList<>();
        for (RepresentativeCategory c : RepresentativeCategory.values()) {
            seats.add(new SeatField(c, values.get(seatKey(c)), false));
        }
        return seats;
    }

    static List<SeatField> seats(Map<RepresentativeCategory, Integer> seats, boolean onlyOpen) {
        return seats.entrySet().stream().filter(e -> !onlyOpen || e.getValue() > 0)
                .map(e -> new SeatField(e.getKey(), String.valueOf(e.getValue()), e.getValue() > 0)).toList();
    }

    static List<LinkTypeOption> linkTypes(String selected) {
        return java.util.Arrays.stream(LinkType.values()).map(t -> new LinkTypeOption(t, t.name().equals(selected))).toList();
    }

    /** A link from fields {@code <prefix>_type}, {@code _refId}, {@code _title}, {@code _url}; null when no type is chosen. */
    static LinkInput link(Parser p, Map<String, String> v, String prefix) {
        String type = v.get(prefix + "_type");
        if (type == null || type.isBlank()) {
            return null;
        }
        return new LinkInput(p.parse(v, prefix + "_type", LinkType::valueOf, "form.choice"),
                p.parse(v, prefix + "_refId", Long::valueOf, "form.number"), v.get(prefix + "_title"), v.get(prefix + "_url"));
    }

    /** An enum from a form field, or a 400 naming the field. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.choice.hearing")));
        }
    }

    static String seatKey(RepresentativeCategory c) {
        return "seats_" + c.name();
    }

    /** Collects every field that does not parse, so the form shows them all at once. */
    static final class Parser {
        private final List<FieldError> errors = new ArrayList<>();

        <T> T parse(Map<String, String> values, String field, Function<String, T> parser, String message) {
            String raw = values.get(field);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parser.apply(raw.strip());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add(new FieldError(field, message));
                return null;
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
        }
    }
}
