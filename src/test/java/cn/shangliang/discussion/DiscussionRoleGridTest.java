package cn.shangliang.discussion;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The discussion API against every kind of caller (issue 9), by {@link CommentPermissions}: X is a comment on
 * a proposal (P) of the callers' community, posted by a resident who is none of the callers; OTHER is staff of
 * another community. Bodies are valid (blocks and settings for the callers' community C, A the author's account),
 * so what answers is the permission, not the validation. Only the author edits or withdraws; owners' cards and
 * accounts of the subdistrict or supervision do not talk here. The grid is the specification.
 */
@QuarkusTest
class DiscussionRoleGridTest {

    private static final String GRID = """
                                                          NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET    /api/comments?kind=PROPOSAL&subjectId=P  200  200 200 200 200 200 200 200 200
            POST   /api/comments                            401  201 403 201 201 201 403 403 403
            PUT    /api/comments/X                          401  403 403 403 403 403 403 403 403
            POST   /api/comments/X/withdraw                 401  403 403 403 403 403 403 403 403
            POST   /api/comments/X/report                   401  200 403 200 200 200 403 403 403
            POST   /api/comments/X/hide                     401  403 403 403 403 204 403 403 403
            POST   /api/comments/X/restore                  401  403 403 403 403 204 403 403 403
            POST   /api/discussion/blocks                   401  403 403 403 403 204 403 403 403
            DELETE /api/discussion/blocks?community=C&account=A 401 403 403 403 403 204 403 403 403
            PUT    /api/discussion/settings                 401  403 403 403 403 204 403 403 403
            """;

    @Inject
    CouncilTestData data;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        CouncilTestData.Proposed proposed = data.proposed();
        long community = proposed.communityId();
        long proposal = proposed.proposalId();
        Fixtures.User author = proposed.proposer();
        long comment = DiscussionTestData.postOk(author.token(), Map.of("kind", "PROPOSAL", "subjectId", proposal, "body", "同意"));
        Map<String, RoleGrid.Body> bodies = Map.of(
                "POST /api/comments", RoleGrid.Body.json("{\"kind\":\"PROPOSAL\",\"subjectId\":" + proposal + ",\"body\":\"附议\"}"),
                "PUT /api/comments/X", RoleGrid.Body.json("{\"body\":\"改\"}"),
                "POST /api/comments/X/report", RoleGrid.Body.json("{\"reason\":\"SPAM\"}"),
                "POST /api/comments/X/hide", RoleGrid.Body.json("{\"reason\":\"广告\"}"),
                "POST /api/comments/X/restore", RoleGrid.Body.json("{\"reason\":\"误判\"}"),
                "POST /api/discussion/blocks", RoleGrid.Body.json("{\"communityId\":" + community + ",\"accountId\":"
                        + author.accountId() + ",\"until\":\"2099-01-01\",\"reason\":\"刷屏\"}"),
                "PUT /api/discussion/settings", RoleGrid.Body.json("{\"communityId\":" + community
                        + ",\"displayName\":\"FULL_NAME\"}"));
        RoleGrid.check(GRID, RoleGrid.callers(world, proposed.place()), RoleGrid.ids(Map.of("P", proposal, "X", comment,
                "C", community, "A", author.accountId())), bodies);
    }
}
