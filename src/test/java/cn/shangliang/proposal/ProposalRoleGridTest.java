package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The proposal API against every kind of caller (issue 9), by {@link ProposalPermissions}: P is a proposal of
 * the callers' community, submitted by a resident who is none of the callers; OTHER is staff of another
 * community. Rows run in order: RES's co-signature stands when RES withdraws it (the others have none to withdraw),
 * and the chair's start of the review stands when staff try (409). A rejection without its reason is refused
 * (400) only to those who may review. Submitting is open to residents, owners and the council (an owner's grant
 * held in an estate does not make its holder an owner of the community). The grid is the specification.
 */
@QuarkusTest
class ProposalRoleGridTest {

    private static final String GRID = """
                                                 NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/proposals?community=C       200  200 200 200 200 200 200 200 200
            POST /api/proposals                   401  201 403 201 201 403 403 403 403
            GET  /api/proposals/P                 200  200 200 200 200 200 200 200 200
            POST /api/proposals/P/cosign          401  200 403 403 403 403 403 403 403
            POST /api/proposals/P/cosign/withdraw 401  200 409 409 409 409 409 409 409
            POST /api/proposals/P/review-start    401  403 403 403 204 409 403 403 403
            POST /api/proposals/P/review          401  403 403 403 400 400 403 403 403
            POST /api/proposals/P/withdraw        401  403 403 403 403 403 403 403 403
            """;

    @Inject
    CouncilTestData data;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        CouncilTestData.Proposed proposed = data.proposed();
        long community = proposed.communityId();
        RoleGrid.check(GRID, RoleGrid.callers(world, proposed.place()),
                RoleGrid.ids(Map.of("P", proposed.proposalId(), "C", community)),
                Map.of("POST /api/proposals", RoleGrid.Body.json(CouncilTestData.proposalJson(community)),
                        "POST /api/proposals/P/review", RoleGrid.Body.json("{\"outcome\":\"REJECTED\"}")));
    }
}
