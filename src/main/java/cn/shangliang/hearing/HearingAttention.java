package cn.shangliang.hearing;

import java.time.Clock;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The home page's hearing items: for staff, the next step of each hearing whose announced day has come
 * (overdue once the day has passed); for representatives, the record waiting for their sign-off.
 */
@ApplicationScoped
public class HearingAttention implements AttentionSource {

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (user.accountId().isEmpty()) {
            return List.of();
        }
        HearingMessages msg = ui.bundle(HearingMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        Set<Long> communities = user.communitiesWhere(Role.COMMUNITY_STAFF);
        if (!communities.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            Hearing.<Hearing>list("communityId in ?1 and status in ?2 order by hearingDate", communities,
                    List.of(HearingStatus.ANNOUNCED, HearingStatus.REGISTRATION_OPEN, HearingStatus.REGISTRATION_CLOSED,
                            HearingStatus.PARTICIPANTS_FIXED, HearingStatus.RECORD_CONFIRMATION))
                    .forEach(h -> staffItem(h, today, msg, items));
        }
        HearingApplication.<HearingApplication>list("accountId = ?1 and signOff = ?2", user.requireAccountId(), SignOff.PENDING)
                .forEach(a -> Hearing.<Hearing>findByIdOptional(a.hearingId)
                        .filter(h -> h.status == HearingStatus.RECORD_CONFIRMATION)
                        .ifPresent(h -> items.add(new AttentionItem(msg.attention_sign_off(h.title), "/hearings/" + h.id + "/record", false))));
        return items;
    }

    private static void staffItem(Hearing h, LocalDate today, HearingMessages msg, List<AttentionItem> items) {
        String page = "/hearings/" + h.id;
        switch (h.status) {
            case ANNOUNCED -> due(items, today, h.registrationOpens, msg.attention_open_registration(h.title), page);
            case REGISTRATION_OPEN -> due(items, today, h.registrationCloses.plusDays(1), msg.attention_close_registration(h.title), page);
            case REGISTRATION_CLOSED -> due(items, today, h.participantsFixedOn, msg.attention_draw(h.title), page + "/draw");
            case PARTICIPANTS_FIXED -> due(items, today, h.hearingDate, msg.attention_hold(h.title), page + "/session");
            case RECORD_CONFIRMATION -> {
                if (HearingApplication.count("hearingId = ?1 and signOff = ?2", h.id, SignOff.PENDING) == 0) {
                    items.add(new AttentionItem(msg.attention_report(h.title), page + "/report", false));
                }
            }
            default -> {
            }
        }
    }

    private static void due(List<AttentionItem> items, LocalDate today, LocalDate day, String text, String href) {
        if (!today.isBefore(day)) {
            items.add(new AttentionItem(text, href, today.isAfter(day)));
        }
    }
}
