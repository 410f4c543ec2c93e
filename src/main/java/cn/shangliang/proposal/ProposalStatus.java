package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

public enum ProposalStatus implements Labelled {
    SUBMITTED,
    UNDER_REVIEW,
    /** Deep track: taken up, waiting for a place on a meeting agenda. */
    ACCEPTED,
    MERGED,
    /** Fast track: answered directly without a meeting. */
    ANSWERED,
    TRANSFERRED,
    REJECTED,
    WITHDRAWN,
    SCHEDULED,
    /** The council deliberated and voted; whether the motion carried is on the resolution. */
    DECIDED;
}
