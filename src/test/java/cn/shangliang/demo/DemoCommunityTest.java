package cn.shangliang.demo;

import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import cn.shangliang.community.EstateTotals;
import cn.shangliang.community.Organization;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.community.Unit;
import cn.shangliang.identity.Account;
import cn.shangliang.identity.Passwords;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeds the demo inside a transaction that is rolled back, so other test classes never see demo data. */
@QuarkusTest
class DemoCommunityTest {

    @Inject
    DemoCommunity demo;

    @Inject
    EstateTotals totals;

    @Inject
    UserTransaction tx;

    @Test
    void seedsTheBaseDemoQuickly() throws Exception {
        tx.setTransactionTimeout(300);
        tx.begin();
        try {
            long start = System.nanoTime();
            demo.seed();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("demo community seeded in " + millis + " ms");

            Subdistrict yuehai = Subdistrict.find("name", DemoCommunity.SUBDISTRICT).firstResult();
            assertEquals(2, Community.count("subdistrictId", yuehai.id));
            Estate big = Estate.find("name", DemoCommunity.ESTATE_HAIANCHENG).firstResult();
            assertEquals(2050, Unit.count("estateId", big.id));
            EstateTotals.Totals t = totals.of(big);
            assertNull(t.problem());
            assertEquals(80 + 40, t.developerUnits(), "every 25th unit unsold, every 50th+1 undelivered");
            assertTrue(t.multiUnitOwners() > 50, "owners of two flats and of parking spaces");
            assertTrue(t.coOwnedUnits() > 200);
            assertTrue(t.headcount() < 2050 - 120);
            for (String name : new String[]{DemoCommunity.ESTATE_KEYUAN, DemoCommunity.ESTATE_DACHONG}) {
                assertNull(totals.of(Estate.find("name", name).firstResult()).problem(), name);
            }
            assertTrue(Organization.count("kind", cn.shangliang.community.OrganizationKind.OWNERS_COMMITTEE) >= 2);

            Account staff = Account.find("username", "staff-gaoxin").firstResult();
            assertTrue(Passwords.matches(DemoCommunity.PASSWORD, staff.passwordHash));
            assertEquals(Role.COMMUNITY_STAFF, RoleGrant.ofAccount(staff.id).get(0).role);
            Account chair = Account.find("username", "chair-gaoxin").firstResult();
            assertTrue(RoleGrant.ofAccount(chair.id).stream().anyMatch(g -> g.role == Role.COUNCIL_CHAIR));
            assertTrue(Resident.ofAccount(chair.id).isPresent());
            assertEquals(1 + 6 + DemoCommunity.GAOXIN_RESIDENTS.length, Resident.count("communityId = ?1 and accountId is not null",
                    Community.<Community>find("name", DemoCommunity.COMMUNITY_GAOXIN).firstResult().id));
        } finally {
            tx.rollback();
        }
        assertEquals(0, Subdistrict.count("name", DemoCommunity.SUBDISTRICT));
    }
}
