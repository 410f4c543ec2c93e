package cn.shangliang.council;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.Notice;
import cn.shangliang.notice.NoticeBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the caller did in the council, written in their name inside the use case's transaction: the audit entry
 * of every change, and the notice where the public must see it. The council's services share it instead of each
 * pairing the audit log and the notice board with the current user.
 */
@ApplicationScoped
public class CouncilAudit {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    /** An audit entry by the caller: {@code action} on the row {@code id} of {@code table}, in a few words. */
    public void record(String action, String table, Object id, String summary) {
        audit.record(currentUser.auditName(), action, table, id, summary);
    }

    /** A notice on the board, published by the caller. */
    public Notice publish(NoticeBoard.Draft draft) {
        return board.publish(draft, currentUser.auditName());
    }

    /** The caller as audit entries and member events name them. */
    public String actor() {
        return currentUser.auditName();
    }
}
