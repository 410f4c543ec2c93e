package cn.shangliang.proposal;

/** Which clock runs once a proposal is received for review (see {@link FastTrack}). */
public enum Track { FAST, DEEP }
