package cn.shangliang.budget;

/** 验收 outcome: passed, rectify the listed items and be accepted again, or failed. */
public enum AcceptanceResult { PASSED, RECTIFY, FAILED }
