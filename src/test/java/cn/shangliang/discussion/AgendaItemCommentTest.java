package cn.shangliang.discussion;

import static cn.shangliang.discussion.DiscussionTestData.post;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import cn.shangliang.council.AgendaItem;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.council.Meeting;
import cn.shangliang.council.MeetingKind;
import cn.shangliang.council.MeetingStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** Agenda items take comments while the agenda is published and the meeting has not opened. */
@QuarkusTest
class AgendaItemCommentTest {

    @Inject
    CouncilTestData council;

    record Agenda(long meetingId, long itemId) {
    }

    @Transactional
    Agenda agenda(long councilId, MeetingStatus status) {
        Meeting m = new Meeting();
        m.councilId = councilId;
        m.kind = MeetingKind.values()[0];
        m.status = status;
        m.title = "十二月例会";
        m.meetingDate = LocalDate.now().plusDays(3);
        m.startTime = LocalTime.of(19, 0);
        m.place = "社区活动室";
        m.checkInCode = "123456";
        m.createdAt = Instant.now();
        m.persist();
        AgendaItem i = new AgendaItem();
        i.meetingId = m.id;
        i.position = 1;
        i.title = "楼道照明改造";
        i.persist();
        return new Agenda(m.id, i.id);
    }

    @Test
    void aPublishedAgendaItemTakesCommentsAndShowsThemOnTheMeetingPageAndAnOpenedMeetingDoesNot() {
        CouncilTestData.Board board = council.board(2);
        var resident = council.resident(board.communityId());
        Agenda published = agenda(board.councilId(), MeetingStatus.AGENDA_PUBLISHED);
        post(resident.token(), Map.of("kind", "AGENDA_ITEM", "subjectId", published.itemId(), "body", "建议换成感应灯"))
                .statusCode(201);
        given().get("/meetings/" + published.meetingId()).then().statusCode(200)
                .body(containsString("id=\"item-" + published.itemId() + "\""))
                .body(containsString("建议换成感应灯"));
        Agenda opened = agenda(board.councilId(), MeetingStatus.IN_PROGRESS);
        post(resident.token(), Map.of("kind", "AGENDA_ITEM", "subjectId", opened.itemId(), "body", "会上再说"))
                .statusCode(409).body("detail", containsString("会议开始前"));
        post(resident.token(), Map.of("kind", "AGENDA_ITEM", "subjectId", published.itemId(), "body", "支持", "stance", "SUPPORT"))
                .statusCode(400);
    }
}
