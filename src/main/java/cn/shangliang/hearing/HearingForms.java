package cn.shangliang.hearing;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.hearing.HearingInput.HearingRequest;
import cn.shangliang.hearing.HearingInput.LinkInput;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.hearing.HearingViews.LinkTypeOption;
import cn.shangliang.hearing.HearingViews.SeatField;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the pages' form fields into the same request records the JSON API takes, so both reach the service
 * the same way. Fields that do not parse (a date, a number) become field errors before the service is called.
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

    /** The submitted fields over the blank form. */
    static Map<String, String> submitted(MultivaluedMap<String, String> form, HearingConfig defaults) {
        Map<String, String> values = blank(defaults);
        values.keySet().forEach(key -> {
            String value = form.getFirst(key);
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
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

    static HearingRequest request(Map<String, String> v) {
        Parser p = new Parser();
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        for (RepresentativeCategory c : RepresentativeCategory.values()) {
            seats.put(c, p.parse(v, seatKey(c), Integer::valueOf, "请填写整数"));
        }
        List<LinkInput> links = new ArrayList<>();
        LinkInput link = link(p, v, "link");
        if (link != null) {
            links.add(link);
        }
        HearingRequest request = new HearingRequest(v.get("title"), v.get("matter"), v.get("draft"), v.get("explanation"),
                v.get("sponsor"), v.get("presidingOfficer"), v.get("recorder"), v.get("place"),
                p.parse(v, "hearingDate", LocalDate::parse, "请填写日期"), p.parse(v, "startsAt", LocalTime::parse, "请填写时间，如 09:30"),
                p.parse(v, "registrationOpens", LocalDate::parse, "请填写日期"),
                p.parse(v, "registrationCloses", LocalDate::parse, "请填写日期"),
                p.parse(v, "participantsFixedOn", LocalDate::parse, "请填写日期"), v.get("selectionMethod"), v.get("seedSource"),
                seats, p.parse(v, "minRepresentatives", Integer::valueOf, "请填写整数"), v.get("representativeShare"),
                v.get("stakeholdersOutnumberResidents") == null || v.get("stakeholdersOutnumberResidents").isBlank() ? null
                        : Boolean.valueOf(v.get("stakeholdersOutnumberResidents")),
                p.parse(v, "observerCapacity", Integer::valueOf, "请填写整数"), links);
        p.throwIfAny();
        return request;
    }

    /** A link from fields {@code <prefix>_type}, {@code _refId}, {@code _title}, {@code _url}; null when no type is chosen. */
    static LinkInput link(Parser p, Map<String, String> v, String prefix) {
        String type = v.get(prefix + "_type");
        if (type == null || type.isBlank()) {
            return null;
        }
        return new LinkInput(p.parse(v, prefix + "_type", LinkType::valueOf, "请选择类型"),
                p.parse(v, prefix + "_refId", Long::valueOf, "请填写数字编号"), v.get(prefix + "_title"), v.get(prefix + "_url"));
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
