package cn.shangliang.discussion;

import cn.shangliang.common.rules.Labelled;

/** A commenter's position on a proposal or budget project (支持 / 反对 / 中立). */
public enum Stance implements Labelled {
    SUPPORT, OPPOSE, NEUTRAL
}
