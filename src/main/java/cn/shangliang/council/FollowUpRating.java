package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

/** The proposer's rating of a follow-up report. */
public enum FollowUpRating implements Labelled {
    SATISFIED,
    PARTLY,
    NOT_SATISFIED;
}
