package cn.shangliang.council;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An overdue follow-up is reported to the council chair once; one not yet due is not. */
@QuarkusTest
class FollowUpOverdueTest {

    @Inject
    CouncilTestData councils;

    @Inject
    FollowUpOverdueNotices overdue;

    @Inject
    EntityManager em;

    private long followUp(long councilId, LocalDate due) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The resolution behind it is not what this test is about: its row is left out.
            em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
            em.createNativeQuery("INSERT INTO follow_up (resolution_id, council_id, responsible, due_date, status, created_at) "
                            + "VALUES (?1, ?2, 'property', ?3, 'ASSIGNED', NOW())")
                    .setParameter(1, System.nanoTime() % 1_000_000_000L + 1_000_000_000L).setParameter(2, councilId)
                    .setParameter(3, due).executeUpdate();
            em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private static long told(long accountId, long followUpId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("kind = ?1 and recipientId = ?2 and subjectId = ?3",
                NotificationKind.COUNCIL_FOLLOW_UP_OVERDUE, accountId, String.valueOf(followUpId)));
    }

    @Test
    void theChairIsToldOnceWhenAFollowUpIsOverdue() {
        CouncilTestData.Board board = QuarkusTransaction.requiringNew().call(() -> councils.board(3));
        long late = followUp(board.councilId(), LocalDate.now().minusDays(1));
        long notYet = followUp(board.councilId(), LocalDate.now().plusDays(3));
        overdue.runOnce();
        overdue.runOnce();
        long chair = board.chair().user().accountId();
        assertEquals(1, told(chair, late));
        assertEquals(0, told(chair, notYet));
        assertEquals(0, told(board.members().get(1).user().accountId(), late), "the chair only");
    }
}
