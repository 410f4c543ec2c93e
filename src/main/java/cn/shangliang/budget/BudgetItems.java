package cn.shangliang.budget;

import java.util.List;
import java.util.Optional;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.ItemSource;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Budget items for discussion and attachments: project proposals (public, discussed, its proposer follows),
 * and the project's progress and acceptance reports (photos and documents by staff).
 */
public final class BudgetItems {

    private BudgetItems() {
    }

    static Item project(BudgetProject p, ItemKind kind, String anchor) {
        BudgetCycle cycle = BudgetCycle.findById(p.cycleId);
        return new Item(kind, p.id, cycle.communityId, p.title, "/budget/projects/" + p.id + anchor,
                p.proposerAccountId == null ? List.of() : List.of(p.proposerAccountId));
    }

    static boolean staff(BudgetAccess access, long projectId) {
        BudgetProject p = BudgetProject.findById(projectId);
        return p != null && access.may(((BudgetCycle) BudgetCycle.findById(p.cycleId)).communityId, BudgetAction.MANAGE_CYCLE);
    }

    @ApplicationScoped
    public static class Projects implements ItemSource {
        @Inject
        BudgetAccess access;

        @Inject
        CurrentUser currentUser;

        @Override
        public ItemKind kind() {
            return ItemKind.BUDGET_PROJECT;
        }

        @Override
        public Optional<Item> find(long id) {
            return BudgetProject.<BudgetProject>findByIdOptional(id).map(p -> project(p, ItemKind.BUDGET_PROJECT, ""));
        }

        /** Its proposer while it is under review; staff at any time. */
        @Override
        public boolean mayAttach(long id) {
            BudgetProject p = BudgetProject.findById(id);
            if (p == null) {
                return false;
            }
            boolean own = currentUser.accountId().map(a -> a.equals(p.proposerAccountId)).orElse(false)
                    && p.status == ProjectStatus.SUBMITTED;
            return own || staff(access, id);
        }
    }

    @ApplicationScoped
    public static class ProgressReports implements ItemSource {
        @Inject
        BudgetAccess access;

        @Override
        public ItemKind kind() {
            return ItemKind.PROGRESS_REPORT;
        }

        @Override
        public Optional<Item> find(long id) {
            return ProgressReport.<ProgressReport>findByIdOptional(id)
                    .flatMap(r -> BudgetProject.<BudgetProject>findByIdOptional(r.projectId)
                            .map(p -> project(p, ItemKind.PROGRESS_REPORT, "#report-" + r.id)))
                    .map(i -> new Item(ItemKind.PROGRESS_REPORT, id, i.communityId(), i.title(), i.link(), List.of()));
        }

        @Override
        public boolean mayAttach(long id) {
            ProgressReport r = ProgressReport.findById(id);
            return r != null && staff(access, r.projectId);
        }
    }

    @ApplicationScoped
    public static class Acceptances implements ItemSource {
        @Inject
        BudgetAccess access;

        @Override
        public ItemKind kind() {
            return ItemKind.ACCEPTANCE;
        }

        @Override
        public Optional<Item> find(long id) {
            return BudgetProject.<BudgetProject>findByIdOptional(id).map(p -> project(p, ItemKind.ACCEPTANCE, "#acceptance"));
        }

        @Override
        public boolean mayAttach(long id) {
            return staff(access, id);
        }
    }
}
