package cn.shangliang.community;

/** Where a unit's exclusive area came from: registered, else surveyed, else the sale contract (SPC Art. 8). */
public enum AreaSource { REGISTERED, SURVEYED, CONTRACT }
