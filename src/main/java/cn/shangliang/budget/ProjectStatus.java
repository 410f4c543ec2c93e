package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** Where one proposed project stands, from the resident's proposal to its acceptance. */
public enum ProjectStatus implements Labelled {
    SUBMITTED("待审核"),
    ACCEPTED("审核通过"),
    REJECTED("未通过审核"),
    MERGED("已合并"),
    SELECTED("票决入选"),
    NOT_SELECTED("票决未入选"),
    APPROVED("已立项"),
    IMPLEMENTING("实施中"),
    RECTIFYING("整改中"),
    COMPLETED("已验收"),
    FAILED("验收不合格");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
