package cn.shangliang.budget;

/** The reasons a review may turn a proposal down (DOMAIN.md §2 eligibility exclusions). */
public enum RejectReason { OVER_CAP, PROPERTY_COMPANY_DUTY, GOVERNMENT_PROJECT, OUTSIDE_COMMUNITY, OTHER }
