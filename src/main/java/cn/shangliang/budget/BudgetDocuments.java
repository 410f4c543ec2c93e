package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.common.print.DocumentSource;
import cn.shangliang.common.print.PrintDocument;
import cn.shangliang.common.print.PrintDocument.Grid;
import cn.shangliang.common.print.PrintDocument.Section;
import cn.shangliang.common.print.PrintContext;
import cn.shangliang.common.print.PrintMessages;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Issuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget's papers: the notice (公示) of the projects chosen for funding, with its objection period, and a
 * project's acceptance record (验收记录) with the residents' representatives who took part.
 */
@ApplicationScoped
public class BudgetDocuments implements DocumentSource {

    /** Projects the vote chose, in every later stage too. */
    private static final Set<ProjectStatus> CHOSEN = EnumSet.of(ProjectStatus.SELECTED, ProjectStatus.APPROVED,
            ProjectStatus.IMPLEMENTING, ProjectStatus.RECTIFYING, ProjectStatus.COMPLETED, ProjectStatus.FAILED);

    @Inject
    CycleService cycles;

    @Inject
    ProjectProposalService projects;

    @Inject
    ProjectViews views;

    @Inject
    BudgetAccess access;

    @Inject
    Clock clock;

    @Override
    public Map<String, Maker> documents() {
        return Map.of("budget-notice", this::notice, "budget-acceptance", this::acceptance);
    }

    PrintDocument notice(long cycleId, PrintContext c) {
        PrintMessages m = c.m();
        CycleView cycle = cycles.find(cycleId);
        if (cycle.noticeEndsAt() == null) {
            throw DomainException.notFound("not-found.budget-notice");
        }
        List<List<String>> rows = projects.ofCycle(cycleId).stream().filter(p -> CHOSEN.contains(p.status()))
                .map(p -> List.of(p.title(), p.location() == null ? "" : p.location(), yuan(p.estimatedCostFen()))).toList();
        String ends = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(cycle.noticeEndsAt());
        LocalDate day = LocalDate.now(clock);
        return new PrintDocument("budget-notice-" + cycleId, Issuers.of(cycle.communityId(), null, m),
                m.budget_notice_title(cycle.title()), m.number(m.kind_budget(), day.getYear(), cycleId), day,
                List.of(Section.of(null, m.budget_notice_intro(ends)),
                        Section.table(null, new Grid(List.of(m.project(), m.location(), m.cost_yuan()), rows))),
                true, "/budget/cycles/" + cycleId + "/notice");
    }

    PrintDocument acceptance(long projectId, PrintContext c) {
        PrintMessages m = c.m();
        BudgetProject project = access.project(projectId);
        if (project.acceptanceResult == null) {
            throw DomainException.notFound("not-found.budget-acceptance");
        }
        ProjectView p = views.of(project);
        BudgetCycle cycle = access.cycle(p.cycleId());
        LocalDate day = project.acceptedAt == null ? LocalDate.now(clock) : LocalDate.ofInstant(project.acceptedAt, clock.getZone());
        BudgetMessages bm = c.bundle(BudgetMessages.class);
        List<List<String>> facts = List.of(
                List.of(m.project(), p.title()),
                List.of(m.location(), p.location() == null ? "" : p.location()),
                List.of(m.implementer(), p.implementerName() == null ? "" : p.implementerName()),
                List.of(m.contract_yuan(), yuan(p.contractFen())),
                List.of(m.final_yuan(), yuan(p.finalCostFen())),
                List.of(m.acceptance_result(), bm.result(p.acceptanceResult())),
                List.of(m.acceptance_items(), p.acceptanceItems() == null ? "" : p.acceptanceItems()),
                List.of(m.acceptance_representatives(), p.acceptanceRepresentatives() == null ? "" : p.acceptanceRepresentatives()));
        return new PrintDocument("budget-acceptance-" + projectId, Issuers.of(cycle.communityId, null, m),
                m.acceptance_title(p.title()), m.number(m.kind_budget(), day.getYear(), projectId), day,
                List.of(Section.table(null, new Grid(List.of("", ""), facts))), true, "/budget/projects/" + projectId);
    }

    private static String yuan(Long fen) {
        return fen == null ? "" : BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
