package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Seat categories of hearing representatives (听证代表); the lottery draws within each one. */
public enum RepresentativeCategory implements Labelled {
    STAKEHOLDER("利害关系人代表"),
    ORDINARY_RESIDENT("普通居民代表"),
    EXPERT("专家学者"),
    DEPUTY("人大代表和政协委员"),
    ORGANIZATION("社会组织和驻区单位代表");

    private final String label;

    RepresentativeCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
