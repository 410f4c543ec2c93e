package cn.shangliang.notice;

/** What kind of matter a notice is about (居务公开 groups them this way). */
public enum NoticeCategory {
    ASSEMBLY, COUNCIL, PROPOSAL, HEARING, BUDGET, FINANCE, GENERAL
}
