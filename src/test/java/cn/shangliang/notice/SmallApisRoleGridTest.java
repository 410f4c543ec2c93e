package cn.shangliang.notice;

import static cn.shangliang.testsupport.Api.as;

import cn.shangliang.attachment.TestFiles;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * The small APIs against every kind of caller (issue 9): the notice board (N a notice of the callers'
 * community), the inbox (I a notification addressed to RES alone), the delivery receipts (webhooks that answer to
 * their secret or signature, never to a login: a wrong secret is 404, an unsigned WeChat call 403) and attachments
 * (on P, a proposal of the callers' community by a resident who is none of the callers: only its proposer and the
 * community's staff attach, and staff reach the check of the file; F, its proposer's photo, is downloaded as the
 * proposal is seen, by anyone). OTHER is staff of another community. The grid is the specification.
 */
@QuarkusTest
class SmallApisRoleGridTest {

    private static final String GRID = """
                                                                  NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/notices?community=C                           200  200 200 200 200 200 200 200 200
            GET  /api/notices/N                                     200  200 200 200 200 200 200 200 200
            GET  /api/inbox                                         401  200 200 200 200 200 200 200 200
            GET  /api/inbox/unread                                  401  200 200 200 200 200 200 200 200
            POST /api/inbox/I/read                                  401  200 404 404 404 404 404 404 404
            POST /api/inbox/read-all                                401  200 200 200 200 200 200 200 200
            POST /api/notifications/receipts/aliyun-sms/wrong       404  404 404 404 404 404 404 404 404
            GET  /api/notifications/receipts/wechat                 403  403 403 403 403 403 403 403 403
            POST /api/notifications/receipts/wechat                 403  403 403 403 403 403 403 403 403
            GET  /api/attachments?kind=PROPOSAL&subjectId=P         200  200 200 200 200 200 200 200 200
            POST /api/attachments?kind=PROPOSAL&subjectId=P         401  403 403 403 403 400 403 403 403
            GET  /attachments/F                                     200  200 200 200 200 200 200 200 200
            GET  /attachments/F/thumb                               200  200 200 200 200 200 200 200 200
            """;

    @Inject
    CouncilTestData data;

    @Inject
    TestWorld world;

    @Inject
    NoticeBoard board;

    @Inject
    Notifications notifications;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        CouncilTestData.Proposed proposed = data.proposed();
        long community = proposed.communityId();
        long notice = QuarkusTransaction.requiringNew().call(() -> board.publish(new NoticeBoard.Draft(NoticeCategory.GENERAL,
                community, null, "停水通知", "周三停水", null, null, null, null), "test").id);
        Fixtures.User resident = world.resident(community);
        long notification = QuarkusTransaction.requiringNew().call(() -> notifications.notify(new Notifications.Draft(
                NotificationKind.PROPOSAL_UPDATE, RecipientType.ACCOUNT, resident.accountId(), "proposal", 1, null,
                "/proposals/1", List.of("修路灯", "event:proposal.answered"))));
        long file = as(proposed.proposer()).contentType("image/png").body(TestFiles.png(400, 300, false))
                .post("/api/attachments?kind=PROPOSAL&subjectId=" + proposed.proposalId()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, String> callers = RoleGrid.callers(world, proposed.place());
        callers.put("RES", resident.token());
        RoleGrid.check(GRID, callers, RoleGrid.ids(Map.of("N", notice, "I", notification, "C", community, "P", proposed.proposalId(), "F", file)),
                Map.of("POST /api/notifications/receipts/aliyun-sms/wrong", RoleGrid.Body.text("[]"),
                        "POST /api/notifications/receipts/wechat", RoleGrid.Body.text("<xml></xml>")));
    }
}
