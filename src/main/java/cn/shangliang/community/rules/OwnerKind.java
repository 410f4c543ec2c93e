package cn.shangliang.community.rules;

/** The kind of an owner-identity (业主). */
public enum OwnerKind {
    PERSON,
    ORGANIZATION,
    /** The developer (建设单位), owner of the units it has not sold or not yet delivered. */
    DEVELOPER
}
