package cn.shangliang.budget;

/** Who carries a project out. */
public enum ImplementerKind { COMPANY, SOCIAL_ORGANIZATION }
