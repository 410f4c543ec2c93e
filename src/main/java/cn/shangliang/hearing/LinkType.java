package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/**
 * What a hearing links to. These live in features built separately, so a link is a reference by type, id,
 * title and address rather than a foreign key.
 */
public enum LinkType implements Labelled {
    PROPOSAL("议题"),
    COUNCIL_RESOLUTION("议事会决议"),
    BUDGET_PROJECT("民生微实事项目"),
    OWNERS_DECISION("业主共同决定"),
    OTHER("其他");

    private final String label;

    LinkType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
