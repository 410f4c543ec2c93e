package cn.shangliang.community;

public enum OrganizationKind { SOCIAL_ORGANIZATION, LOCAL_UNIT, OWNERS_COMMITTEE, PROPERTY_COMPANY }
