package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Residents apply as representative or observer, once each, within the observer capacity. */
@QuarkusTest
class RegistrationApiTest {

    @Inject
    HearingFixtures fx;

    @Test
    void residentsApplyOncePerPerson() {
        HearingFlow flow = fx.flow().registrationOpen();
        String url = "/api/hearings/" + flow.id + "/applications";
        Fixtures.User resident = fx.resident(flow.communityId);
        as(resident).body(Map.of("kind", "REPRESENTATIVE", "category", "STAKEHOLDER", "statement", "我家住一楼"))
                .post(url).then().statusCode(201)
                .body("applicationNo", equalTo(1)).body("outcome", equalTo("APPLIED")).body("name", equalTo("居民" + resident.accountId()));
        as(resident).body(Map.of("kind", "OBSERVER")).post(url).then().statusCode(409).body("code", equalTo("hearing.registration.once"));
        as(resident).get(url + "/mine").then().statusCode(200).body("category", equalTo("STAKEHOLDER"));

        Fixtures.User observer = fx.resident(flow.communityId);
        as(observer).body(Map.of("kind", "OBSERVER")).post(url).then().statusCode(201)
                .body("applicationNo", equalTo(2)).body("outcome", equalTo("OBSERVER")).body("category", equalTo(null));
        as(null).get("/api/hearings/" + flow.id).then().body("observers", equalTo(1));
    }

    @Test
    void onlyResidentsOfTheCommunityApply() {
        HearingFlow flow = fx.flow().registrationOpen();
        String url = "/api/hearings/" + flow.id + "/applications";
        Map<String, String> body = Map.of("kind", "OBSERVER");
        as(null).body(body).post(url).then().statusCode(401);
        as(flow.staff).body(body).post(url).then().statusCode(403);
        long otherCommunity = fx.community().communityId();
        as(fx.resident(otherCommunity)).body(body).post(url).then().statusCode(403);
        Fixtures.User noRow = fx.user(Role.RESIDENT, flow.communityId);
        as(noRow).body(body).post(url).then().statusCode(403);
        assertEquals(0, HearingApplication.count("hearingId", flow.id));
    }

    @Test
    void badApplicationsAreRefused() {
        HearingFlow flow = fx.flow().registrationOpen();
        String url = "/api/hearings/" + flow.id + "/applications";
        Fixtures.User resident = fx.resident(flow.communityId);
        as(resident).body(Map.of("kind", "REPRESENTATIVE", "statement", "x")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("category"));
        as(resident).body(Map.of("kind", "REPRESENTATIVE", "category", "EXPERT", "statement", "x")).post(url).then().statusCode(400)
                .body("errors.message", hasItem("这次听证会没有「专家学者」席位"));
        as(resident).body(Map.of("kind", "REPRESENTATIVE", "category", "STAKEHOLDER")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("statement"));
        as(resident).body(Map.of("kind", "SPEAKER")).post(url).then().statusCode(400);
        as(resident).body(Map.of()).post(url).then().statusCode(400).body("errors.field", hasItem("kind"));
        assertEquals(0, HearingApplication.count("hearingId", flow.id));
    }

    @Test
    void registrationIsOnlyDuringTheAnnouncedDays() {
        HearingFlow flow = fx.flow().announced();
        String url = "/api/hearings/" + flow.id + "/applications";
        as(fx.resident(flow.communityId)).body(Map.of("kind", "OBSERVER")).post(url).then().statusCode(409)
                .body("code", equalTo("hearing.registration.not-open"));
        as(flow.staff).post("/api/hearings/" + flow.id + "/registration/open").then().statusCode(200);
        fx.travelTo(flow.closes().plusDays(1));
        as(fx.resident(flow.communityId)).body(Map.of("kind", "OBSERVER")).post(url).then().statusCode(409)
                .body("code", equalTo("hearing.registration.period-over"));
    }

    @Test
    void theApplicantListIsPublicOnceRegistrationCloses() {
        HearingFlow flow = fx.flow().withApplicants();
        String url = "/api/hearings/" + flow.id + "/applications";
        as(null).get(url).then().statusCode(403);
        as(flow.staff).get(url).then().statusCode(200).body("applicationNo", contains(1, 2, 3, 4));
        fx.travelTo(flow.closes().plusDays(1));
        as(flow.staff).post("/api/hearings/" + flow.id + "/registration/close").then().statusCode(200);
        as(null).get(url).then().statusCode(200)
                .body("applicationNo", contains(1, 2, 3, 4))
                .body("category", contains("STAKEHOLDER", "STAKEHOLDER", "STAKEHOLDER", "ORDINARY_RESIDENT"));
    }

    /** 12 residents register as observers at once for 5 places: exactly 5 get in, the rest are told it is full. */
    @Test
    void parallelObserverRegistrationsNeverExceedCapacity() throws Exception {
        HearingFlow flow = fx.flow().registrationOpen();
        String url = "/api/hearings/" + flow.id + "/applications";
        List<Fixtures.User> residents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            residents.add(fx.resident(flow.communityId));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> calls = residents.stream().<Callable<Integer>>map(r ->
                    () -> as(r).body(Map.of("kind", "OBSERVER")).post(url).statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        as(null).get("/api/hearings/" + flow.id).then().body("observers", equalTo(5));
        assertEquals(5, HearingApplication.count("hearingId = ?1 and kind = ?2", flow.id, ApplicationKind.OBSERVER));
        assertEquals(5, HearingApplication.<HearingApplication>list("hearingId", flow.id).stream()
                .map(a -> a.applicationNo).distinct().count());
    }

    /** The same person sending twice at once gets one application. */
    @Test
    void parallelDuplicateApplicationsCountOnce() throws Exception {
        HearingFlow flow = fx.flow().registrationOpen();
        String url = "/api/hearings/" + flow.id + "/applications";
        Fixtures.User resident = fx.resident(flow.communityId);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> as(resident).body(Map.of("kind", "OBSERVER")).post(url).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, HearingApplication.count("hearingId", flow.id));
    }
}
