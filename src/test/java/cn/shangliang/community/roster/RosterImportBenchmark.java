package cn.shangliang.community.roster;

import cn.shangliang.community.StaffInAPlace;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Imports (and re-imports) a 20,000-unit roster through the API and prints how long it took. */
@QuarkusTest
@Tag("benchmark")
class RosterImportBenchmark extends StaffInAPlace {

    static final int UNITS = 20_000;

    @Test
    void twentyThousandRows() {
        List<String> rows = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            String building = (i / 400 + 1) + "栋";
            String unit = String.valueOf(i % 400 + 101);
            if (i % 10 == 0) {
                rows.add(building + "," + unit + ",88.88,登记,某某置业," + Rosters.organization(1) + ",建设单位,否,,");
            } else if (i % 10 == 1) {
                rows.add(building + "," + unit + ",99.99,实测,业主" + i + "," + Rosters.person(i) + ",个人,是,*配偶" + i
                        + ":" + Rosters.person(100_000 + i) + ",13800000000");
            } else {
                rows.add(building + "," + unit + ",77.77,合同,业主" + i + "," + Rosters.person(i) + ",个人,是,,");
            }
        }
        byte[] file = Rosters.csv(HEADER_ZH, rows);
        for (String run : List.of("first import", "re-import")) {
            long start = System.nanoTime();
            int server = given().auth().oauth2(staff).contentType("text/csv").body(file)
                    .post("/api/community/estates/" + place.estateId() + "/roster")
                    .then().statusCode(200).body("rows", equalTo(UNITS))
                    .body("totals.headcount", equalTo(UNITS - UNITS / 10 + 1))
                    .extract().path("millis");
            System.out.printf("BENCHMARK roster %s, %d rows: %d ms (server %d ms)%n", run, UNITS,
                    (System.nanoTime() - start) / 1_000_000, server);
        }
    }
}
