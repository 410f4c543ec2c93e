package cn.shangliang.community.roster;

import cn.shangliang.community.StaffInAPlace;
import cn.shangliang.testsupport.TestWorld.Place;
import cn.shangliang.community.RosterFixtures;
import cn.shangliang.community.RosterUploads;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.person;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page uploads become jobs that any instance's worker imports; the page and the API follow their progress. */
@QuarkusTest
class RosterImportJobTest extends StaffInAPlace {

    @Inject
    RosterJobWorker worker;

    private String api(long jobId) {
        return "/api/community/roster-jobs/" + jobId;
    }

    @Test
    void uploadRedirectsToTheJobPageWhichShowsTheTotalsWhenDone() {
        String jobPage = RosterUploads.upload(place.estateId(), staff, Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS));
        assertTrue(jobPage.matches("/community/estates/" + place.estateId() + "/roster/jobs/\\d+"), jobPage);
        long jobId = RosterUploads.jobId(jobPage);

        JsonPath job = RosterUploads.awaitFinished(jobId, staff);
        assertEquals("DONE", job.getString("status"));
        assertEquals(5, job.getInt("totalRows"));
        assertEquals(5, job.getInt("processedRows"));
        assertEquals(5, job.getInt("result.unitsCreated"));
        assertEquals(4, job.getInt("result.ownersCreated"));
        assertEquals(3, job.getInt("result.totals.headcount"));
        given().cookie("sl_token", staff).get(jobPage).then().statusCode(200)
                .body(containsString("导入完成")).body(containsString("已导入 5 行"))
                .body(containsString("业主总人数")).body(not(containsString("http-equiv=\"refresh\"")));
        assertEquals(5, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(1, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
        assertNull(fileContent(jobId), "the file is cleared once the job is finished");
    }

    @Test
    void badFileIsRejectedWithEveryBadLineAndNothingWritten() {
        String jobPage = RosterUploads.upload(place.estateId(), staff, Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS[0],
                "1栋,102,0,登记,李四," + person(2) + ",个人,是,,", "1栋,101,1,登记,王五," + person(3) + ",个人,是,,"));
        long jobId = RosterUploads.jobId(jobPage);

        JsonPath job = RosterUploads.awaitFinished(jobId, staff);
        assertEquals("REJECTED", job.getString("status"));
        assertEquals(2, job.getInt("errorCount"));
        assertEquals(List.of(3, 4), job.getList("errors.line", Integer.class));
        given().cookie("sl_token", staff).get(jobPage).then().statusCode(200)
                .body(containsString("文件有误，未导入任何数据")).body(containsString("发现 2 处错误"))
                .body(containsString("<td class=\"num\">3</td>")).body(containsString("<td class=\"num\">4</td>"));
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(0, data.count("Owner", "x.estateId = ?1", place.estateId()));
        assertNull(fileContent(jobId));
    }

    @Test
    void unfinishedJobPageShowsProgressAndRefreshesItself() {
        long jobId = insertRunningJob(place.estateId(), 3000, 20000);
        String jobPage = "/community/estates/" + place.estateId() + "/roster/jobs/" + jobId;
        given().cookie("sl_token", staff).get(jobPage).then().statusCode(200)
                .header("Refresh", equalTo("2"))
                .body(containsString("<meta http-equiv=\"refresh\" content=\"2\">"))
                .body(containsString("正在写入")).body(containsString("已处理 3000 / 20000 行"))
                .body(containsString("<progress value=\"3000\" max=\"20000\">"));
        given().cookie("sl_token", staff).cookie("sl_lang", "en").get(jobPage).then().statusCode(200)
                .body(containsString("Processed 3000 / 20000 rows"));
        given().auth().oauth2(staff).get(api(jobId)).then().statusCode(200)
                .body("status", equalTo("WRITING")).body("finished", equalTo(false))
                .body("processedRows", equalTo(3000)).body("totalRows", equalTo(20000));
    }

    @Test
    void onlyThoseWhoMayImportIntoTheEstateSeeItsJobs() {
        long jobId = insertRunningJob(place.estateId(), 0, 5);
        String jobPage = "/community/estates/" + place.estateId() + "/roster/jobs/" + jobId;
        String other = data.otherStaff();
        given().redirects().follow(false).cookie("sl_token", other).get(jobPage).then().statusCode(403);
        given().auth().oauth2(other).get(api(jobId)).then().statusCode(403);
        given().auth().oauth2(data.supervisor(place)).get(api(jobId)).then().statusCode(403);
        given().auth().oauth2(data.resident(place)).get(api(jobId)).then().statusCode(403);
        given().get(api(jobId)).then().statusCode(401);
        given().auth().oauth2(data.admin(place)).get(api(jobId)).then().statusCode(200);
        given().auth().oauth2(staff).get(api(Long.MAX_VALUE)).then().statusCode(404);
        Place elsewhere = data.place();
        given().cookie("sl_token", data.staff(elsewhere))
                .get("/community/estates/" + elsewhere.estateId() + "/roster/jobs/" + jobId).then().statusCode(403);
        given().cookie("sl_token", staff)
                .get("/community/estates/" + elsewhere.estateId() + "/roster/jobs/" + jobId).then().statusCode(404);

        long before = jobCount(place.estateId());
        Forms.Csrf csrf = Forms.csrf("/community", other);
        given().redirects().follow(false).cookie("sl_token", other).cookie("csrf-token", csrf.cookie())
                .multiPart("csrf-token", csrf.token())
                .multiPart("file", "r.csv", Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS), "text/csv")
                .post("/community/estates/" + place.estateId() + "/roster").then().statusCode(403);
        assertEquals(before, jobCount(place.estateId()));
    }

    /** Workers of several instances poll at once: a job is claimed by exactly one of them and imported once. */
    @Test
    void parallelWorkersImportAJobOnce() throws Exception {
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            RosterImportJob job = new RosterImportJob();
            job.estateId = place.estateId();
            job.createdBy = "test";
            job.createdAt = Instant.now();
            job.heartbeatAt = job.createdAt;
            job.status = RosterJobStatus.QUEUED;
            job.fileContent = Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS);
            job.persist();
            return job.id;
        });
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                start.await();
                Long id;
                while ((id = worker.claimNext()) != null) {
                    claimed.add(id);
                    worker.run(id);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertTrue(claimed.stream().filter(id -> id == jobId).count() <= 1, "claimed twice: " + claimed);
        JsonPath job = RosterUploads.awaitFinished(jobId, staff);
        assertEquals("DONE", job.getString("status"));
        assertEquals(5, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(1, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
    }

    private static long insertRunningJob(long estateId, int processed, int total) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RosterImportJob job = new RosterImportJob();
            job.estateId = estateId;
            job.createdBy = "test";
            job.createdAt = Instant.now();
            job.heartbeatAt = job.createdAt;
            job.status = RosterJobStatus.WRITING;
            job.processedRows = processed;
            job.totalRows = total;
            job.persist();
            return job.id;
        });
    }

    private static byte[] fileContent(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) RosterImportJob.getEntityManager()
                .createNativeQuery("SELECT file_content FROM roster_import_job WHERE id = ?1")
                .setParameter(1, jobId).getSingleResult());
    }

    private static long jobCount(long estateId) {
        return QuarkusTransaction.requiringNew().call(() -> RosterImportJob.count("estateId", estateId));
    }
}
