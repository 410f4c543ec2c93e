package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum CouncilAction implements Labelled {
    SCHEDULE_MEETING("安排会议"),
    PUBLISH_AGENDA("公布议程"),
    CANCEL_MEETING("取消会议"),
    OPEN_MEETING("开始会议（开放签到）"),
    CHECK_IN("本人签到"),
    RECORD_ATTENDANCE("登记签到表"),
    RECORD_DELIBERATION("记录议事过程"),
    RECORD_VOTE("记录表决"),
    CLOSE_MEETING("结束会议"),
    CONFIRM_MINUTES("确认会议纪要"),
    PUBLISH_MINUTES("公开会议纪要"),
    MANAGE_MEMBERS("管理议事会成员"),
    ASSIGN_FOLLOW_UP("交办决议"),
    UPDATE_FOLLOW_UP("更新办理进度"),
    RATE_FOLLOW_UP("评价办理结果"),
    VIEW_RECORDS("查阅会议与办理记录");

    private final String label;

    CouncilAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
