package cn.shangliang.community;

/** A person, an organization (voting through its representative), or the developer (建设单位). */
public enum OwnerKind { PERSON, ORGANIZATION, DEVELOPER }
