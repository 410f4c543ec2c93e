package cn.shangliang.community;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.shangliang.community.roster.Rosters.organization;
import static cn.shangliang.community.roster.Rosters.person;
import static cn.shangliang.testsupport.Api.as;
import static cn.shangliang.testsupport.Api.guest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CommunityApiTest extends StaffInAPlace {

    private long building(String name) {
        return as(staff).body(Map.of("name", name)).post("/api/community/estates/" + place.estateId() + "/buildings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long unit(long building, String number, String area) {
        return as(staff).body(Map.of("buildingId", building, "number", number, "areaM2", area, "areaSource", "REGISTERED"))
                .post("/api/community/estates/" + place.estateId() + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long owner(String kind, String name, String identity) {
        return as(staff).body(Map.of("kind", kind, "name", name, "identityNumber", identity))
                .post("/api/community/estates/" + place.estateId() + "/owners").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void staffBuildsAnEstateByHandAndTheTotalsFollowTheRules() {
        long b1 = building("1栋");
        long u1 = unit(b1, "101", "100.00");
        long u2 = unit(b1, "102", "50.55");
        long u3 = unit(b1, "103", "80");
        long zhang = owner("PERSON", "张三", person(1));
        long li = owner("PERSON", "李四", person(2));
        long wang = owner("PERSON", "王五", person(3));
        long dev = owner("DEVELOPER", "置业公司", organization(1));
        as(staff).body(Map.of("owners", java.util.List.of(Map.of("ownerId", zhang, "designatedVoter", true))))
                .put("/api/community/units/" + u1 + "/ownerships").then().statusCode(200);
        as(staff).body(Map.of("owners", java.util.List.of(Map.of("ownerId", li, "designatedVoter", false),
                        Map.of("ownerId", wang, "designatedVoter", true))))
                .put("/api/community/units/" + u2 + "/ownerships").then().statusCode(200)
                .body("owners", hasSize(2));
        as(staff).body(Map.of("areaM2", "80", "areaSource", "SURVEYED", "delivered", false))
                .put("/api/community/units/" + u3).then().statusCode(200).body("areaSource", equalTo("SURVEYED"));
        as(staff).body(Map.of("owners", java.util.List.of(Map.of("ownerId", dev, "designatedVoter", true))))
                .put("/api/community/units/" + u3 + "/ownerships").then().statusCode(200);
        as(staff).get("/api/community/estates/" + place.estateId()).then().statusCode(200)
                .body("totals.units", equalTo(3)).body("totals.headcount", equalTo(3))
                .body("totals.totalArea", equalTo("230.55")).body("editable", equalTo(true))
                .body("buildings[0].units", equalTo(3));
        assertEquals(1, data.auditCount("community.ownership-set", String.valueOf(u2)));
        assertEquals(1, data.auditCount("community.unit-update", String.valueOf(u3)));
    }

    @Test
    void badInputIs400WithFieldErrorsAndNothingWritten() {
        long b1 = building("1栋");
        as(staff).body(Map.of("buildingId", b1, "number", "", "areaM2", "10.555", "areaSource", "REGISTERED"))
                .post("/api/community/estates/" + place.estateId() + "/units").then().statusCode(400)
                .body("errors.field", hasItem("number")).body("errors.field", hasItem("areaM2"));
        as(staff).body(Map.of("kind", "PERSON", "name", "张三", "identityNumber", person(1).substring(0, 17) + "0"))
                .post("/api/community/estates/" + place.estateId() + "/owners").then().statusCode(400)
                .body("errors[0].field", equalTo("identityNumber"));
        as(staff).body(Map.of("name", "x", "noticeDays", 7))
                .post("/api/community/communities/" + place.communityId() + "/estates").then().statusCode(400)
                .body("errors[0].message", containsString("15"));
        long u = unit(b1, "101", "90");
        long a = owner("PERSON", "甲", person(5));
        long b = owner("PERSON", "乙", person(6));
        as(staff).body(Map.of("owners", java.util.List.of(Map.of("ownerId", a, "designatedVoter", true),
                        Map.of("ownerId", b, "designatedVoter", true))))
                .put("/api/community/units/" + u + "/ownerships").then().statusCode(400)
                .body("errors[0].message", containsString("一名投票人"));
        assertEquals(1, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(0, data.count("Ownership", "x.unitId = ?1", u));
        as(staff).body("").put("/api/community/units/" + u).then().statusCode(400);
    }

    @Test
    void duplicatesAreConflicts() {
        building("1栋");
        as(staff).body(Map.of("name", "1栋")).post("/api/community/estates/" + place.estateId() + "/buildings")
                .then().statusCode(409);
        owner("PERSON", "张三", person(9));
        as(staff).body(Map.of("kind", "PERSON", "name", "张三", "identityNumber", person(9)))
                .post("/api/community/estates/" + place.estateId() + "/owners").then().statusCode(409);
    }

    @Test
    void supervisorsReadButDoNotWriteAndOthersSeeNothing() {
        String supervisor = data.supervisor(place);
        as(supervisor).get("/api/community/estates/" + place.estateId()).then().statusCode(200)
                .body("editable", equalTo(false));
        as(supervisor).get("/api/community/communities/" + place.communityId() + "/residents").then().statusCode(200);
        as(supervisor).body(Map.of("name", "1栋")).post("/api/community/estates/" + place.estateId() + "/buildings")
                .then().statusCode(403);
        String other = data.otherStaff();
        as(other).get("/api/community/estates/" + place.estateId()).then().statusCode(403);
        as(other).get("/api/community/estates/" + place.estateId() + "/units").then().statusCode(403);
        as(other).get("/api/community/estates/" + place.estateId() + "/owners").then().statusCode(403);
        as(other).body(Map.of("name", "1栋")).post("/api/community/estates/" + place.estateId() + "/buildings")
                .then().statusCode(403);
        as(data.resident(place)).get("/api/community/estates/" + place.estateId()).then().statusCode(403);
        guest().get("/api/community/estates/" + place.estateId()).then().statusCode(401);
        guest().get("/api/community/subdistricts").then().statusCode(401);
        as(other).get("/api/community/subdistricts").then().statusCode(200)
                .body("id", not(hasItem((int) place.subdistrictId())));
        assertEquals(0, data.count("Building", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void subdistrictAdminAddsCommunitiesStaffCannot() {
        String admin = data.admin(place);
        long id = as(admin).body(Map.of("name", "新社区", "address", "某路 1 号"))
                .post("/api/community/subdistricts/" + place.subdistrictId() + "/communities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(admin).get("/api/community/communities/" + id).then().statusCode(200).body("editable", equalTo(true));
        as(staff).body(Map.of("name", "另一个")).post("/api/community/subdistricts/" + place.subdistrictId() + "/communities")
                .then().statusCode(403);
        as(admin).body(Map.of("name", "新社区")).post("/api/community/subdistricts/" + place.subdistrictId() + "/communities")
                .then().statusCode(409);
        as(admin).body(Map.of("name", "")).put("/api/community/communities/" + id).then().statusCode(400);
        as(admin).body(Map.of("name", "改名社区")).put("/api/community/communities/" + id).then().statusCode(200)
                .body("name", equalTo("改名社区"));
        as(staff).get("/api/community/subdistricts").then().statusCode(200)
                .body("find { it.id == " + place.subdistrictId() + " }.communities", hasSize(1));
    }

    @Test
    void residentsHouseholdsAndOrganizations() {
        String base = "/api/community/communities/" + place.communityId();
        long household = as(staff).body(Map.of("name", "1栋101户")).post(base + "/households").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long resident = as(staff).body(Map.of("name", "居民甲", "phone", "13800000000", "householdId", household))
                .post(base + "/residents").then().statusCode(201).body("householdId", equalTo((int) household))
                .extract().jsonPath().getLong("id");
        as(staff).body(Map.of("name", "居民甲", "phone", "abc")).put("/api/community/residents/" + resident)
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        as(staff).body(Map.of("name", "居民乙")).put("/api/community/residents/" + resident).then().statusCode(200)
                .body("name", equalTo("居民乙"));
        as(staff).body(Map.of("kind", "OWNERS_COMMITTEE", "name", "业委会", "estateId", place.estateId()))
                .post(base + "/organizations").then().statusCode(201);
        as(staff).body(Map.of("name", "无类型")).post(base + "/organizations").then().statusCode(400);
        as(staff).get(base + "/residents").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("居民乙"));
        as(staff).get(base + "/households").then().statusCode(200).body("", hasSize(1));
        as(staff).get(base + "/organizations").then().statusCode(200).body("[0].kind", equalTo("OWNERS_COMMITTEE"));
        as(data.otherStaff()).body(Map.of("name", "x")).post(base + "/residents").then().statusCode(403);
        as(data.supervisor(place)).body(Map.of("name", "x")).post(base + "/residents").then().statusCode(403);
        assertEquals(1, data.count("Resident", "x.communityId = ?1", place.communityId()));
    }
}
