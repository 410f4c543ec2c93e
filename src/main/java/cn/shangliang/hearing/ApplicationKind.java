package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** A resident applies to speak as a representative (听证代表) or to watch as an observer (旁听). */
public enum ApplicationKind implements Labelled {
    REPRESENTATIVE,
    OBSERVER;
}
