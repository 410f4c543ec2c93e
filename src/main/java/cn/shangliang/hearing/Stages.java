package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingAccess.reached;

/** Which of a hearing's pages exist yet, for the stage navigation. The session page is the staff's desk. */
public record Stages(boolean applicants, boolean draw, boolean session, boolean record, boolean report) {

    static Stages of(HearingStatus status, boolean seedPublished, boolean staff) {
        return new Stages(
                reached(status, HearingStatus.REGISTRATION_CLOSED) || staff && reached(status, HearingStatus.REGISTRATION_OPEN),
                seedPublished || staff && reached(status, HearingStatus.REGISTRATION_CLOSED),
                staff && reached(status, HearingStatus.PARTICIPANTS_FIXED),
                reached(status, HearingStatus.PARTICIPANTS_FIXED),
                reached(status, HearingStatus.RECORD_CONFIRMATION));
    }
}
