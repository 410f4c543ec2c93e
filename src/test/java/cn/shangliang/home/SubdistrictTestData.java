package cn.shangliang.home;

import cn.shangliang.community.Community;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.council.Council;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** A subdistrict of the shared {@link TestWorld} with one community that has a council and one that has none, for the overview tests. */
@ApplicationScoped
public class SubdistrictTestData {

    @Inject
    EntityManager em;

    @Inject
    TestWorld world;

    public record Place(long subdistrictId, String subdistrict, long withCouncil, String councilled, long councilId,
                 long without, String bare) {
    }

    @Transactional
    public Place place() {
        TestWorld.Place place = world.place();
        Subdistrict s = Subdistrict.findById(place.subdistrictId());
        Community a = Community.findById(place.communityId());
        Community b = world.community(s.id);
        Council council = new Council();
        council.communityId = a.id;
        council.name = "甲议事会";
        council.createdOn = LocalDate.now();
        council.persist();
        return new Place(s.id, s.name, a.id, a.name, council.id, b.id, b.name);
    }

    /** A follow-up past its date; its resolution is not needed by the overview, so the row stands alone. */
    @Transactional
    public void overdueFollowUp(long councilId, LocalDate due) {
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
        em.createNativeQuery("INSERT INTO follow_up (resolution_id, council_id, responsible, due_date, status, created_at)"
                        + " VALUES (?1, ?2, '物业公司', ?3, 'ASSIGNED', NOW(6))")
                .setParameter(1, -councilId).setParameter(2, councilId).setParameter(3, due).executeUpdate();
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
    }

    @Transactional
    public void openBudgetCycle(long communityId) {
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
        em.createNativeQuery("INSERT INTO budget_cycle (community_id, year, title, budget_fen, cap_works_fen, cap_service_fen,"
                        + " cap_goods_fen, proposals_open_on, proposals_close_on, notice_days, quorum, majority, vote_mode,"
                        + " max_approvals, max_score, rule_name, status, created_at, created_by)"
                        + " VALUES (?1, 2026, 't', 1, 1, 1, 1, CURDATE(), CURDATE(), 5, '> 2/3', '> 1/2', 'COUNCIL_APPROVAL',"
                        + " 5, 5, 'greedy', 'PROPOSING', NOW(6), 'test')")
                .setParameter(1, communityId).executeUpdate();
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
    }
}
