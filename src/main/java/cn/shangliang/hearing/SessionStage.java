package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** The order of business at the session (重大行政决策程序暂行条例 Art. 17), in the order they come. */
public enum SessionStage implements Labelled {
    SPONSOR_PRESENTATION("承办人说明"),
    REPRESENTATIVE_STATEMENTS("听证代表陈述意见"),
    QUESTIONS_AND_DEBATE("询问与辩论");

    private final String label;

    SessionStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
