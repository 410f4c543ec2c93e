package cn.shangliang.community;

import cn.shangliang.testsupport.Forms;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;

/** Page uploads of a roster as a browser does them, and waiting for the queued job to finish. */
public final class RosterUploads {

    private RosterUploads() {
    }

    /** Uploads through the page form (CSRF included) and returns the job page it redirects to. */
    public static String upload(long estateId, String staff, byte[] csv) {
        String form = "/community/estates/" + estateId + "/roster";
        Forms.Csrf csrf = Forms.csrf(form, staff);
        String location = given().redirects().follow(false).cookie("sl_token", staff)
                .cookie("csrf-token", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .multiPart("file", "r.csv", csv, "text/csv")
                .post(form).then().statusCode(303).extract().header("Location");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    public static long jobId(String jobPage) {
        return Long.parseLong(jobPage.substring(jobPage.lastIndexOf('/') + 1));
    }

    /** Polls the job API (as a page would refresh) until the job is finished; returns its last state. */
    public static JsonPath awaitFinished(long jobId, String staff) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job = given().auth().oauth2(staff).get("/api/community/roster-jobs/" + jobId)
                    .then().statusCode(200).extract().jsonPath();
            if (job.getBoolean("finished")) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("roster job " + jobId + " did not finish: " + job.prettify());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
