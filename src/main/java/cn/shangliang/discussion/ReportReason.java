package cn.shangliang.discussion;

import cn.shangliang.common.rules.Labelled;

/** Why a resident reports a comment. */
public enum ReportReason implements Labelled {
    SPAM, ABUSE, PRIVACY, OFF_TOPIC, OTHER
}
