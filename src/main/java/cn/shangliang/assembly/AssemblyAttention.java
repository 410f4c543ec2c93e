package cn.shangliang.assembly;

import java.time.Clock;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * On a card holder's home page: every published decision of their estate that is in its notice period or open
 * for voting, and whether they still have to vote (flagged overdue in the last day of voting).
 */
@ApplicationScoped
public class AssemblyAttention implements AttentionSource {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    JsonWebToken jwt;

    @Inject
    Ui ui;

    @Inject
    StaffRecordChecks checks;

    @Inject
    BallotInspectionService inspections;

    /** How long an approved inspection of an owner's ballot stays on their home page. */
    static final Duration INSPECTION_SHOWN = Duration.ofDays(30);

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (currentUser.cardId().isEmpty()) {
            return List.of();
        }
        Object estate = jwt.getClaim("estate");
        Object owner = jwt.getClaim("owner");
        if (estate == null || owner == null) {
            return List.of();
        }
        long estateId = Long.parseLong(estate.toString());
        long ownerId = Long.parseLong(owner.toString());
        Instant now = clock.instant();
        AssemblyMessages msg = ui.bundle(AssemblyMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        for (Decision d : Decision.<Decision>list("estateId = ?1 and status = ?2 and closesAt > ?3 order by closesAt",
                estateId, DecisionStatus.PUBLISHED, now)) {
            if (d.phase(now) == Phase.NOTICE) {
                items.add(new AttentionItem(msg.attention_notice(d.title, DecisionViews.time(d.opensAt)),
                        "/assembly/" + d.id, false));
                continue;
            }
            boolean voted = Ballot.count("decisionId = ?1 and ownerId = ?2 and choice is not null", d.id, ownerId) > 0;
            boolean onRoll = SnapshotVoter.count("decisionId = ?1 and delegateOwnerId = ?2", d.id, ownerId) > 0;
            if (onRoll && !voted) {
                items.add(new AttentionItem(msg.attention_vote(d.title, DecisionViews.time(d.closesAt)),
                        "/assembly/" + d.id + "/vote", now.plus(Duration.ofDays(1)).isAfter(d.closesAt)));
            }
        }
        // A staff record made in the owner's name beside their online ballot: the owner must hear of it (issue 12).
        for (Decision d : checks.awaitingOwner(ownerId, estateId)) {
            items.add(new AttentionItem(msg.attention_staff_record(d.title, DecisionViews.time(d.closesAt)),
                    "/assembly/" + d.id + "/my", true));
        }
        // A named inspection of the owner's ballot is told to them (ballot-privacy.md, "Inspection").
        for (Decision d : inspections.inspectedFor(ownerId, estateId, now.minus(INSPECTION_SHOWN))) {
            items.add(new AttentionItem(msg.attention_inspected(d.title), "/assembly/" + d.id + "/my", true));
        }
        return items;
    }
}
