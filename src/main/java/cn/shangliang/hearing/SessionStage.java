package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** The order of business at the session (重大行政决策程序暂行条例 Art. 17), in the order they come. */
public enum SessionStage implements Labelled {
    SPONSOR_PRESENTATION,
    REPRESENTATIVE_STATEMENTS,
    QUESTIONS_AND_DEBATE;
}
