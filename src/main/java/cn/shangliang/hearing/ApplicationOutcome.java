package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Where an application stands: representatives wait for the list; observers are registered at once. */
public enum ApplicationOutcome implements Labelled {
    APPLIED("已报名，待遴选"),
    SELECTED("入选听证代表"),
    RESERVE("候补"),
    OBSERVER("已登记旁听");

    private final String label;

    ApplicationOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
