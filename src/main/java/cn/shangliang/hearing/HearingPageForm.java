package cn.shangliang.hearing;

import cn.shangliang.hearing.HearingInput.HearingRequest;
import cn.shangliang.hearing.HearingInput.LinkInput;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.hearing.HearingViews.SeatField;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hearing form of the pages as {@code common.web.FormPipeline} binds it: one component per form field (the
 * seats one per category, the link's four fields), so a date, a time or a number that does not parse is named
 * by its field in the visitor's language. {@link #request()} gives the record the JSON API takes; {@link #blank}
 * and {@link #of} give the fields as the form first shows them.
 */
public record HearingPageForm(
        Long communityId, String title, String matter, String draft, String explanation, String sponsor,
        String presidingOfficer, String recorder, String place, LocalDate hearingDate, LocalTime startsAt,
        LocalDate registrationOpens, LocalDate registrationCloses, LocalDate participantsFixedOn,
        String selectionMethod, String seedSource,
        Integer seats_STAKEHOLDER, Integer seats_ORDINARY_RESIDENT, Integer seats_EXPERT, Integer seats_DEPUTY,
        Integer seats_ORGANIZATION,
        Integer minRepresentatives, String representativeShare, Boolean stakeholdersOutnumberResidents,
        Integer observerCapacity,
        LinkType link_type, Long link_refId, String link_title, String link_url) {

    HearingRequest request() {
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        seats.put(RepresentativeCategory.STAKEHOLDER, seats_STAKEHOLDER);
        seats.put(RepresentativeCategory.ORDINARY_RESIDENT, seats_ORDINARY_RESIDENT);
        seats.put(RepresentativeCategory.EXPERT, seats_EXPERT);
        seats.put(RepresentativeCategory.DEPUTY, seats_DEPUTY);
        seats.put(RepresentativeCategory.ORGANIZATION, seats_ORGANIZATION);
        List<LinkInput> links = new ArrayList<>();
        if (link_type != null) {
            links.add(new LinkInput(link_type, link_refId, link_title, link_url));
        }
        return new HearingRequest(title, matter, draft, explanation, sponsor, presidingOfficer, recorder, place,
                hearingDate, startsAt, registrationOpens, registrationCloses, participantsFixedOn, selectionMethod,
                seedSource, seats, minRepresentatives, representativeShare, stakeholdersOutnumberResidents,
                observerCapacity, links);
    }

    private static final List<String> FIELDS = List.of("communityId", "title", "matter", "draft", "explanation",
            "sponsor", "presidingOfficer", "recorder", "place", "hearingDate", "startsAt", "registrationOpens",
            "registrationCloses", "participantsFixedOn", "selectionMethod", "seedSource", "minRepresentatives",
            "representativeShare", "stakeholdersOutnumberResidents", "observerCapacity", "link_type", "link_refId",
            "link_title", "link_url");

    /** Every field present (empty where unknown, the configured defaults for the quota), so templates can show any. */
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

    /** The fields of a planned hearing, for editing it. */
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

    /** The seat fields as typed. */
    static List<SeatField> seats(Map<String, String> values) {
        List<SeatField> seats = new ArrayList<>();
        for (RepresentativeCategory c : RepresentativeCategory.values()) {
            seats.add(new SeatField(c, values.get(seatKey(c)), false));
        }
        return seats;
    }

    static String seatKey(RepresentativeCategory c) {
        return "seats_" + c.name();
    }
}
