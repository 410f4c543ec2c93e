package cn.shangliang.notification;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented WeChat web authorization flow binds an owner's openid (state checked against the cookie), and a
 * notification then reaches them as a template message with the delivery's key as client_msg_id.
 */
@QuarkusTest
@WithTestResource(WechatResource.class)
class WechatBindingTest {

    @Inject
    CardFixtures cards;

    @Inject
    Notifications notifications;

    @Inject
    DeliveryService deliveries;

    @Test
    void anOwnerBindsWechatAndReceivesATemplateMessage() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "赵六");
        String token = cards.token(cards.card(owner, true));

        Response bind = given().redirects().follow(false).cookie("sl_token", token).get("/notifications/wechat/bind");
        assertEquals(303, bind.statusCode());
        String location = bind.getHeader("Location");
        assertTrue(location.contains("/connect/oauth2/authorize?appid=wx-test-app&redirect_uri="
                + "http%3A%2F%2Flocalhost%3A8080%2Fnotifications%2Fwechat%2Fcallback&response_type=code&scope=snsapi_base&state="), location);
        assertTrue(location.endsWith("#wechat_redirect"), location);
        String state = bind.getCookie(WechatBindingPages.STATE_COOKIE);
        assertTrue(location.contains("state=" + state + "#"));

        // A state that is not the one in the cookie binds nothing.
        given().redirects().follow(false).cookie("sl_token", token).cookie(WechatBindingPages.STATE_COOKIE, state)
                .get("/notifications/wechat/callback?code=GOODCODE&state=forged").then().statusCode(400);
        given().redirects().follow(false).cookie("sl_token", token).cookie(WechatBindingPages.STATE_COOKIE, state)
                .get("/notifications/wechat/callback?code=BADCODE&state=" + state).then().statusCode(400);
        assertNull(QuarkusTransaction.requiringNew().call(() -> NotificationSetting.find(RecipientType.OWNER, owner)));

        given().redirects().follow(false).cookie("sl_token", token).cookie(WechatBindingPages.STATE_COOKIE, state)
                .get("/notifications/wechat/callback?code=GOODCODE&state=" + state).then().statusCode(303)
                .header("Location", containsString("/notifications/settings"));
        assertTrue(WechatResource.queries.contains("/sns/oauth2/access_token?appid=wx-test-app&secret=wx-test-secret"
                + "&code=GOODCODE&grant_type=authorization_code"));
        NotificationSetting s = QuarkusTransaction.requiringNew().call(() -> NotificationSetting.find(RecipientType.OWNER, owner));
        assertEquals("o6_bmjrPTlm6_2sgVt7hMZOPfL2M", s.wechatOpenId);
        given().cookie("sl_token", token).get("/notifications/settings").then().statusCode(200)
                .body(containsString("已绑定微信"));

        long id = QuarkusTransaction.requiringNew().call(() -> notifications.notify(new Notifications.Draft(
                NotificationKind.ASSEMBLY_RESULT, RecipientType.OWNER, owner, "assembly-decision", 9, place.communityId(),
                "/assembly/9", List.of("续聘物业"))));
        Delivery wechat = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find(
                "notificationId = ?1 and channel = ?2", id, Channel.WECHAT).singleResult());
        assertEquals(DeliveryState.SENT, deliveries.attempt(wechat.id));
        assertEquals("{\"touser\":\"o6_bmjrPTlm6_2sgVt7hMZOPfL2M\",\"template_id\":\"TEMPLATE-RESULT\","
                + "\"url\":\"http://localhost:8080/assembly/9\",\"data\":{\"first\":{\"value\":\"表决结果已公布：续聘物业\"},"
                + "\"keyword1\":{\"value\":\"续聘物业\"},\"remark\":{\"value\":\"「续聘物业」的表决结果已公布，可在结果页面查看并核验。\"}},"
                + "\"client_msg_id\":\"" + wechat.idempotencyKey + "\"}", WechatResource.bodies.get(WechatResource.bodies.size() - 1));
        Delivery after = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(wechat.id));
        assertEquals("200228332", after.providerRef);
    }
}
