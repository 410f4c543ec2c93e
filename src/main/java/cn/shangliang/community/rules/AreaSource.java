package cn.shangliang.community.rules;

/**
 * Where a unit's exclusive area comes from, in the order of precedence set by the SPC interpretation on
 * building distinct ownership, Art. 8: registered, else surveyed, else the sale contract.
 */
public enum AreaSource {
    REGISTERED,
    SURVEYED,
    CONTRACT
}
