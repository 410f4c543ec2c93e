package cn.shangliang.notification;

import cn.shangliang.budget.BudgetFixtures;
import cn.shangliang.common.security.Role;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.identity.Scope;
import cn.shangliang.proposal.CoSignature;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalCategory;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.shangliang.budget.BudgetFixtures.post;
import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The messages sent from features' events (issue 13, "What it sends"): the follow-up of a proposal, the rating
 * request, the evaluation of a budget project, account activation. Each is queued in the event's transaction, in
 * both languages, and a refused step queues nothing.
 */
@QuarkusTest
class EventNoticesTest {

    @Inject
    CouncilTestData councils;

    @Inject
    BudgetFixtures budget;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    CardFixtures cards;

    private static List<Notification> of(NotificationKind kind, long accountId, String subjectType, long subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "kind = ?1 and recipientType = ?2 and recipientId = ?3 and subjectType = ?4 and subjectId = ?5 order by id",
                kind, RecipientType.ACCOUNT, accountId, subjectType, String.valueOf(subjectId)));
    }

    private static String body(Notification n, String language) {
        return NotificationTexts.body(n.kind, NotificationTexts.decode(n.args), language);
    }

    /** A decided proposal with a co-signer, the passed resolution on it and its follow-up (assigned). */
    private long followUp(CouncilTestData.Board board, long proposer, long cosigner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Proposal p = new Proposal();
            p.communityId = board.communityId();
            p.proposerId = proposer;
            p.proposerName = "居民";
            p.title = "楼道灯常亮";
            p.description = "请修好楼道的感应灯";
            p.category = ProposalCategory.values()[0];
            p.status = ProposalStatus.DECIDED;
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
            CoSignature c = new CoSignature();
            c.proposalId = p.id;
            c.accountId = cosigner;
            c.createdAt = Instant.now();
            c.persist();
            em.flush();
            // The meeting behind the agenda item is not what this test is about: its row is left out.
            em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
            em.createNativeQuery("INSERT INTO agenda_item (meeting_id, position, proposal_id, title, version) "
                    + "VALUES (?1, 1, ?2, ?3, 0)").setParameter(1, 900_000_000L + p.id).setParameter(2, p.id)
                    .setParameter(3, p.title).executeUpdate();
            long item = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO resolution (agenda_item_id, meeting_id, council_id, text, vote_mode, agree, "
                            + "oppose, abstain, members, present, passed, decided_at, version) "
                            + "VALUES (?1, ?2, ?3, 'fix the lights', 'SHOW_OF_HANDS', 3, 0, 0, 3, 3, 1, NOW(), 0)")
                    .setParameter(1, item).setParameter(2, 900_000_000L + p.id).setParameter(3, board.councilId())
                    .executeUpdate();
            long resolution = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO follow_up (resolution_id, council_id, responsible, due_date, status, "
                            + "report_count, created_at, version) VALUES (?1, ?2, 'property', ?3, 'ASSIGNED', 0, NOW(), 0)")
                    .setParameter(1, resolution).setParameter(2, board.councilId())
                    .setParameter(3, LocalDate.now().plusDays(30)).executeUpdate();
            long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
            return id;
        });
    }

    @Test
    void followUpProgressAndReportReachProposerAndCosignersAndTheProposerIsAskedToRate() {
        CouncilTestData.Board board = QuarkusTransaction.requiringNew().call(() -> councils.board(3));
        Fixtures.User proposer = councils.resident(board.communityId());
        Fixtures.User cosigner = councils.resident(board.communityId());
        Fixtures.User bystander = councils.resident(board.communityId());
        long f = followUp(board, proposer.accountId(), cosigner.accountId());
        String url = "/api/follow-ups/" + f;

        as(board.staff()).body(Map.of("text", "")).post(url + "/progress").then().statusCode(400);
        assertEquals(0, of(NotificationKind.PROPOSAL_UPDATE, proposer.accountId(), "follow-up", f).size(),
                "a refused step tells nobody");

        as(board.staff()).body(Map.of("text", "已联系物业")).post(url + "/progress").then().statusCode(204);
        as(board.staff()).body(Map.of("text", "灯已全部更换")).post(url + "/report").then().statusCode(204);

        for (Fixtures.User who : List.of(proposer, cosigner)) {
            List<Notification> updates = of(NotificationKind.PROPOSAL_UPDATE, who.accountId(), "follow-up", f);
            assertEquals(2, updates.size(), "progress and report");
            assertEquals("「楼道灯常亮」：办理有新进展。", body(updates.get(0), "zh"));
            assertEquals("\"楼道灯常亮\": follow-up report published.", body(updates.get(1), "en"));
            assertEquals("/follow-ups/" + f, updates.get(1).link);
        }
        assertEquals(0, of(NotificationKind.PROPOSAL_UPDATE, bystander.accountId(), "follow-up", f).size());

        List<Notification> rating = of(NotificationKind.PROPOSAL_RATING, proposer.accountId(), "follow-up", f);
        assertEquals(1, rating.size());
        assertEquals("/follow-ups/" + f + "#rate", rating.get(0).link);
        assertTrue(body(rating.get(0), "zh").contains("请对办理情况进行评价"));
        assertTrue(body(rating.get(0), "en").contains("please rate"));
        assertEquals(0, of(NotificationKind.PROPOSAL_RATING, cosigner.accountId(), "follow-up", f).size());
    }

    @Test
    void theProposerHearsEachStepAndPassingAcceptanceOpensTheEvaluationToTheResidents() {
        BudgetFixtures.Place place = budget.place();
        String staff = place.staff().token();
        Fixtures.User resident = budget.resident(place.communityId());
        Fixtures.User neighbour = budget.resident(place.communityId());
        long p = budget.contractedProject(place, resident, "长椅");
        post(staff, "/api/budget/projects/" + p + "/acceptance", "{\"result\":\"RECTIFY\",\"items\":\"扶手松动\",\"representatives\":\"李\",\"finalCostFen\":1000}", 200);
        assertEquals(0, of(NotificationKind.BUDGET_EVALUATION, neighbour.accountId(), "budget-project", p).size(),
                "not before it passes");
        post(staff, "/api/budget/projects/" + p + "/acceptance", "{\"result\":\"PASSED\",\"representatives\":\"李\",\"finalCostFen\":1000}", 200);
        List<String> steps = of(NotificationKind.BUDGET_UPDATE, resident.accountId(), "budget-project", p).stream()
                .map(n -> NotificationTexts.decode(n.args).get(1)).toList();
        assertEquals(List.of("label:ProjectStatus.ACCEPTED", "label:ProjectStatus.SELECTED", "label:ProjectStatus.APPROVED",
                "label:ProjectStatus.RECTIFYING", "label:ProjectStatus.COMPLETED"), steps, "the proposer hears each step");
        assertEquals(0, of(NotificationKind.BUDGET_UPDATE, neighbour.accountId(), "budget-project", p).size());
        for (Fixtures.User who : List.of(resident, neighbour)) {
            List<Notification> told = of(NotificationKind.BUDGET_EVALUATION, who.accountId(), "budget-project", p);
            assertEquals(1, told.size());
            assertEquals("「长椅」已开放评价。", body(told.get(0), "zh"));
            assertEquals("Evaluation of \"长椅\" is open.", body(told.get(0), "en"));
            assertEquals("/budget/projects/" + p, told.get(0).link);
        }
    }

    @Test
    void theActivationCodeGoesToThePhoneAndIsForgottenOnceUsed() {
        long community = budget.community();
        Fixtures.User admin = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, community);
        String username = "act-" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        var slip = as(admin).body(Map.of("username", username, "displayName", "张阿姨", "phone", phone,
                "role", "RESIDENT", "communityId", community)).post("/api/accounts").then().statusCode(201).extract();
        long account = slip.jsonPath().getLong("accountId");
        String code = slip.path("code");
        assertEquals(Boolean.TRUE, slip.path("sent"), "the slip tells staff the code was sent too");
        List<Notification> sent = of(NotificationKind.ACCOUNT_ACTIVATION, account, "account", account);
        assertEquals(1, sent.size());
        assertTrue(body(sent.get(0), "zh").contains("激活码：" + code), body(sent.get(0), "zh"));
        assertTrue(body(sent.get(0), "en").contains("Activation code: " + code + ", valid until "));
        assertTrue(body(sent.get(0), "en").contains("(username " + username + ")"));
        assertEquals("/activate", sent.get(0).link);
        List<Delivery> channels = QuarkusTransaction.requiringNew().call(() ->
                Delivery.<Delivery>list("notificationId", sent.get(0).id));
        assertTrue(channels.stream().anyMatch(d -> d.channel == Channel.SMS && d.state == DeliveryState.PENDING));

        String password = "Zhang-Ayi-2026-x";
        given().contentType("application/json").body(Map.of("code", code, "password", password, "confirm", password))
                .post("/api/accounts/activate").then().statusCode(200);
        Notification after = of(NotificationKind.ACCOUNT_ACTIVATION, account, "account", account).get(0);
        assertFalse(after.args.contains(code), "the used code is not kept in the outbox");
        assertTrue(body(after, "en").contains("Activation code: used or no longer valid"));

        String noPhone = "act-" + UUID.randomUUID().toString().substring(0, 8);
        var silentSlip = as(admin).body(Map.of("username", noPhone, "displayName", "李伯", "role", "RESIDENT",
                "communityId", community)).post("/api/accounts").then().statusCode(201).extract();
        long silent = silentSlip.jsonPath().getLong("accountId");
        assertEquals(Boolean.FALSE, silentSlip.path("sent"));
        assertEquals(0, of(NotificationKind.ACCOUNT_ACTIVATION, silent, "account", silent).size(),
                "no phone or e-mail: the printed slip is the only way");
    }

    @Test
    void theOwnerHearsWhenStaffRevokeTheirCard() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "何军");
        TestWorld.Card card = cards.card(owner, true);
        given().contentType("application/json").auth().oauth2(cards.staffToken(place.communityId()))
                .body(Map.of("reason", "已售房")).post("/api/cards/" + card.id() + "/revoke").then().statusCode(200);
        List<Notification> told = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "kind = ?1 and recipientType = ?2 and recipientId = ?3", NotificationKind.OWNER_CARD_CHANGED,
                RecipientType.OWNER, owner));
        assertEquals(1, told.size());
        assertTrue(body(told.get(0), "zh").contains("已被工作人员注销"), body(told.get(0), "zh"));
        assertTrue(body(told.get(0), "en").contains(": revoked by staff."), body(told.get(0), "en"));
    }
}
