package cn.shangliang.proposal;

import java.time.Clock;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.identity.CurrentUser;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public list of proposals (search, filters, pages) and a proposal's page. The list pages by offset with a
 * total count; both use the (status|category|community, id) indexes, measured at 10,000 proposals by
 * {@code ProposalListBenchmarkTest}.
 */
@ApplicationScoped
public class ProposalQueries {

    public static final int PAGE_SIZE = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProposalConfig config;

    @Inject
    Clock clock;

    public record Filter(Long communityId, ProposalStatus status, ProposalCategory category, String q) {
    }

    public record ListItem(long id, long communityId, String title, ProposalCategory category, ProposalStatus status,
                           int cosignCount, String proposerName, Instant createdAt) {
    }

    /** A page as the API gives it (JSON): its items, the total and the number of pages. */
    public record ListPage(List<ListItem> items, long total, int page, int pages) {
    }

    public record EventView(ProposalStatus status, Instant occurredAt, String note) {
    }

    /** Deadlines are shown while they run: fast track while under review, deep track while accepted. */
    public record ProposalView(long id, long communityId, String title, String description, ProposalCategory category,
                               String place, List<String> attachments, ProposalStatus status, int cosignCount,
                               int cosignThreshold, long proposerId, String proposerName, Instant createdAt,
                               Instant receivedAt, Instant answerDue, boolean answerOverdue, LocalDate startDue,
                               boolean startOverdue, String outcome, TransferTarget transferTarget,
                               String transferLink, Long mergedIntoId, List<EventView> events) {

        /** Still gathering co-signatures: the page shows how far it is to the threshold. */
        public boolean collectingCosigns() {
            return ProposalWorkflow.collectsCosigns(status);
        }
    }

    /** A page of the list as the API gives it: the shown columns only, with the total (one count). */
    public ListPage page(Filter filter, int page) {
        Where where = where(filter);
        long total = Proposal.find(where.hql(), where.params()).count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        return new ListPage(items(where, current, PAGE_SIZE), total, current, pages);
    }

    /** A page of the list as the pages show it: one query, no count (issue 17); one row more tells whether more follow. */
    public ListSlice slice(Filter filter, int page) {
        int current = Math.max(page, 0);
        List<ListItem> items = items(where(filter), current, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        return new ListSlice(more ? items.subList(0, PAGE_SIZE) : items, current, more);
    }

    /** A page the pages show: previous and next, and which page this is (no total, which would need a count). */
    public record ListSlice(List<ListItem> items, int page, boolean hasNext) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public int number() {
            return page + 1;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    private record Where(String hql, Map<String, Object> params) {
    }

    private static Where where(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.communityId() != null) {
            where.append(" and communityId = :community");
            params.put("community", filter.communityId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.put("category", filter.category());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (title like :q escape '!' or description like :q escape '!')");
            params.put("q", "%" + escapeLike(filter.q().strip()) + "%");
        }
        return new Where(where.toString(), params);
    }

    /** Only the columns a list shows (never the description), newest first. */
    private static List<ListItem> items(Where where, int page, int size) {
        var query = Proposal.getEntityManager().createQuery("select new " + ListItem.class.getName()
                + "(id, communityId, title, category, status, cosignCount, proposerName, createdAt) from Proposal where "
                + where.hql() + " order by id desc", ListItem.class);
        where.params().forEach(query::setParameter);
        return query.setFirstResult(page * PAGE_SIZE).setMaxResults(size).getResultList();
    }

    public Proposal find(long id) {
        Proposal p = Proposal.findById(id);
        if (p == null) {
            throw DomainException.notFound("not-found.proposal");
        }
        return p;
    }

    /** The proposal's page; the proposer's visit clears their "something happened" flag. */
    @Transactional
    public ProposalView view(long id) {
        Proposal p = find(id);
        if (p.proposerUnread && currentUser.accountId().map(a -> a.equals(p.proposerId)).orElse(false)) {
            p.proposerUnread = false;
        }
        FastTrack track = config.fastTrack();
        Instant now = clock.instant();
        boolean reviewing = p.status == ProposalStatus.UNDER_REVIEW;
        boolean accepted = p.status == ProposalStatus.ACCEPTED;
        Instant answerDue = p.receivedAt == null ? null : track.answerDue(p.receivedAt);
        LocalDate received = p.receivedAt == null ? null : p.receivedAt.atZone(TemplateExtensions.ZONE).toLocalDate();
        LocalDate startDue = received == null ? null : track.deepStartDeadline(received);
        List<EventView> events = ProposalEvent.ofProposal(id).stream()
                .map(e -> new EventView(e.status, e.occurredAt, e.note)).toList();
        return new ProposalView(p.id, p.communityId, p.title, p.description, p.category, p.place,
                p.attachments == null ? List.of() : p.attachments.lines().filter(l -> !l.isBlank()).toList(),
                p.status, p.cosignCount, config.cosignThreshold(), p.proposerId, p.proposerName, p.createdAt,
                p.receivedAt, reviewing ? answerDue : null, reviewing && track.answerOverdue(p.receivedAt, now),
                accepted ? startDue : null, accepted && track.deepStartOverdue(received, LocalDate.now(clock)),
                p.outcome, p.transferTarget, p.transferLink, p.mergedIntoId, events);
    }

    public boolean hasCosigned(long proposalId) {
        return currentUser.accountId().map(a -> CoSignature.exists(proposalId, a)).orElse(false);
    }

    /** The proposer and the co-signers: those who asked for the matter and may rate its follow-up. */
    public boolean isSupporter(long proposalId, long accountId) {
        Proposal p = Proposal.findById(proposalId);
        return p != null && (p.proposerId == accountId || CoSignature.exists(proposalId, accountId));
    }

    /** Who hears of a proposal's progress: the proposer first, then the co-signers. */
    public record Followers(long proposalId, long communityId, String title, long proposerId, List<Long> accounts) {
    }

    /** The proposer and co-signers of a proposal (null when there is no such proposal). */
    public Followers followers(long proposalId) {
        Proposal p = Proposal.findById(proposalId);
        return p == null ? null : new Followers(p.id, p.communityId, p.title, p.proposerId, ProposalReviews.followers(p));
    }

    /** Accepted proposals of a community, waiting for an agenda. */
    public List<ListItem> accepted(long communityId) {
        return Proposal.<Proposal>list("communityId = ?1 and status = ?2 order by id", communityId, ProposalStatus.ACCEPTED)
                .stream().map(p -> new ListItem(p.id, p.communityId, p.title, p.category, p.status, p.cosignCount,
                        p.proposerName, p.createdAt)).toList();
    }

    /** "!" escapes the LIKE wildcards (not the backslash, whose meaning depends on the SQL mode). */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
