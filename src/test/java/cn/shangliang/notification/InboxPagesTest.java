package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The inbox: unread count in the header, the list, opening and marking read, for accounts and owners' cards. */
@QuarkusTest
class InboxPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    @Inject
    Notifications notifications;

    private long queue(RecipientType type, long id, String title) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.notify(new Notifications.Draft(
                NotificationKind.PROPOSAL_UPDATE, type, id, "proposal", 1, null, "/proposals/1",
                List.of(title, "event:proposal.answered"))));
    }

    @Test
    void anAccountSeesItsUnreadCountAndReadsItsMessages() {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        long id = queue(RecipientType.ACCOUNT, me.accountId(), "加装电梯");
        given().cookie("sl_token", me.token()).get("/inbox").then().statusCode(200)
                .body(containsString("站内信（1）"))
                .body(containsString("议题进展：加装电梯"))
                .body(containsString("「加装电梯」：已答复。"));
        given().cookie("sl_token", me.token()).cookie("sl_lang", "en").get("/inbox").then().statusCode(200)
                .body(containsString("Inbox (1)"))
                .body(containsString("Proposal update: 加装电梯"))
                .body(containsString("answered"));
        given().auth().oauth2(me.token()).get("/api/inbox/unread").then().statusCode(200).body("unread", equalTo(1));

        Forms.post("/inbox", me.token()).post("/inbox/" + id + "/open").then().statusCode(303)
                .header("Location", containsString("/proposals/1"));
        given().auth().oauth2(me.token()).get("/api/inbox/unread").then().body("unread", equalTo(0));
        given().cookie("sl_token", me.token()).get("/inbox").then().statusCode(200)
                .body(not(containsString("站内信（1）")));
    }

    @Test
    void markAllReadAndPagesOfTwenty() {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        for (int i = 0; i < 21; i++) {
            queue(RecipientType.ACCOUNT, me.accountId(), "议题" + i);
        }
        given().auth().oauth2(me.token()).get("/api/inbox").then().statusCode(200)
                .body("items.size()", equalTo(20)).body("more", equalTo(true)).body("unread", equalTo(21));
        given().auth().oauth2(me.token()).get("/api/inbox?page=1").then().body("items.size()", equalTo(1));
        Forms.post("/inbox", me.token()).post("/inbox/read-all").then().statusCode(303);
        given().auth().oauth2(me.token()).get("/api/inbox/unread").then().body("unread", equalTo(0));
    }

    @Test
    void someoneElsesMessageIsNotFound() {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Fixtures.User other = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        long theirs = queue(RecipientType.ACCOUNT, other.accountId(), "别人的");
        Forms.post("/inbox", me.token()).post("/inbox/" + theirs + "/read").then().statusCode(404);
        given().auth().oauth2(me.token()).contentType("application/json").post("/api/inbox/" + theirs + "/read")
                .then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/inbox/unread").then().body("unread", equalTo(1));
    }

    @Test
    void anOwnersCardReadsTheOwnersAndTheCardsMessages() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "张三");
        TestWorld.Card card = cards.card(owner, true);
        queue(RecipientType.OWNER, owner, "业主的");
        queue(RecipientType.OWNER_CARD, card.id(), "卡的");
        String token = cards.token(card);
        given().cookie("sl_token", token).get("/inbox").then().statusCode(200)
                .body(containsString("站内信（2）")).body(containsString("业主的")).body(containsString("卡的"));
    }

    @Test
    void anAccountThatLinkedItsCardReadsTheOwnersMessagesToo() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "孙七");
        TestWorld.Card card = cards.card(owner, true);
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, place.communityId());
        QuarkusTransaction.requiringNew().run(() -> {
            cn.shangliang.ownercard.CardLink link = new cn.shangliang.ownercard.CardLink();
            link.cardId = card.id();
            link.accountId = me.accountId();
            link.linkedAt = java.time.Instant.now();
            link.persist();
        });
        queue(RecipientType.OWNER, owner, "业主的消息");
        queue(RecipientType.ACCOUNT, me.accountId(), "账号的消息");
        given().auth().oauth2(me.token()).get("/api/inbox/unread").then().body("unread", equalTo(2));
        Forms.post("/inbox", me.token()).post("/inbox/read-all").then().statusCode(303);
        given().auth().oauth2(me.token()).get("/api/inbox/unread").then().body("unread", equalTo(0));
    }

    @Test
    void visitorsAreSentToLogIn() {
        given().redirects().follow(false).get("/inbox").then().statusCode(303);
        given().get("/api/inbox").then().statusCode(401);
    }
}
