package cn.shangliang.hearing;

import cn.shangliang.hearing.HearingInput.HearingRequest;
import cn.shangliang.hearing.HearingInput.LinkInput;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hearing form of the pages as {@code common.web.FormPipeline} binds it: one component per form field (the
 * seats one per category, the link's four fields), so a date, a time or a number that does not parse is named
 * by its field in the visitor's language. {@link #request()} gives the record the JSON API takes.
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
}
