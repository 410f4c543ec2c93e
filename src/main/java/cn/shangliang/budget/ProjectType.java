package cn.shangliang.budget;

/** 工程类 / 服务类 / 货物类: each has its own per-project cap. */
public enum ProjectType { WORKS, SERVICE, GOODS }
