package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

/** What a proposal is about, for the filters of the public list. */
public enum ProposalCategory implements Labelled {
    ENVIRONMENT("环境卫生"),
    FACILITIES("公共设施"),
    SAFETY("治安消防"),
    TRAFFIC_PARKING("交通停车"),
    ELDERLY_CHILDREN("一老一小"),
    PROPERTY_MANAGEMENT("物业管理"),
    CULTURE("文体活动"),
    OTHER("其他");

    private final String label;

    ProposalCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
