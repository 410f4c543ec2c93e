package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** A representative's confirmation of the hearing record (听证笔录). */
public enum SignOff implements Labelled {
    PENDING,
    SIGNED,
    SIGNED_WITH_CORRECTIONS,
    /** A refusal is noted in the record; it must not hold the report back forever. */
    REFUSED;
}
