package cn.shangliang.community.rules;

/** What stands behind a voter. */
public enum VoterKind {
    PERSON,
    ORGANIZATION,
    /** The developer, one head for all its unsold and undelivered units. */
    DEVELOPER,
    /** The co-owners of one or more units owned together, voting through their designated voter. */
    CO_OWNERS
}
