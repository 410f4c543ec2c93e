package cn.shangliang.notification;

import cn.shangliang.budget.BudgetCycle;
import cn.shangliang.budget.CycleStatus;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.Resident;
import cn.shangliang.hearing.Hearing;
import cn.shangliang.hearing.HearingApplication;
import cn.shangliang.hearing.HearingStatus;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Scope;
import cn.shangliang.proposal.CoSignature;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Open for you" on a resident's home page: not what they must do, but what they may take part in now in their
 * community — a hearing taking registrations they have not registered for, a proposal gathering co-signatures
 * that is not theirs and not yet co-signed by them, a budget cycle taking proposals. (An owner's open vote is the
 * assembly's own home-page item.) At most {@value #LIMIT} of each, newest first.
 */
@ApplicationScoped
public class OpenForYouAttention implements AttentionSource {

    static final int LIMIT = 5;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<AttentionItem> itemsForCurrentUser() {
        if (user.accountId().isEmpty()) {
            return List.of();
        }
        long account = user.accountId().get();
        Set<Long> communities = communities(account);
        if (communities.isEmpty()) {
            return List.of();
        }
        NotificationMessages msg = ui.bundle(NotificationMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        for (Hearing h : Hearing.<Hearing>find("communityId in ?1 and status = ?2 order by registrationCloses",
                communities, HearingStatus.REGISTRATION_OPEN).page(0, LIMIT).list()) {
            if (HearingApplication.count("hearingId = ?1 and accountId = ?2", h.id, account) == 0) {
                items.add(new AttentionItem(msg.open_hearing(h.title, h.registrationCloses.toString()),
                        "/hearings/" + h.id, false));
            }
        }
        for (Proposal p : Proposal.<Proposal>find("communityId in ?1 and status = ?2 and proposerId <> ?3 order by id desc",
                communities, ProposalStatus.SUBMITTED, account).page(0, LIMIT).list()) {
            if (CoSignature.count("proposalId = ?1 and accountId = ?2", p.id, account) == 0) {
                items.add(new AttentionItem(msg.open_cosign(p.title), "/proposals/" + p.id, false));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (BudgetCycle c : BudgetCycle.<BudgetCycle>find("communityId in ?1 and status = ?2 order by id desc",
                communities, CycleStatus.PROPOSING).page(0, LIMIT).list()) {
            if (c.proposalsCloseOn == null || !today.isAfter(c.proposalsCloseOn)) {
                items.add(new AttentionItem(msg.open_budget(c.title, String.valueOf(c.proposalsCloseOn)),
                        "/budget/cycles/" + c.id, false));
            }
        }
        return items;
    }

    /** The communities the account lives in: its resident records and its resident grants. */
    private Set<Long> communities(long account) {
        Set<Long> ids = new LinkedHashSet<>();
        Resident.<Resident>list("accountId", account).forEach(r -> ids.add(r.communityId));
        user.grants().stream().filter(g -> g.role == Role.RESIDENT && g.scopeType == Scope.Type.COMMUNITY)
                .forEach(g -> ids.add(g.scopeId));
        return ids;
    }
}
