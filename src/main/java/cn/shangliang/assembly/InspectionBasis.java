package cn.shangliang.assembly;

import cn.shangliang.common.rules.Labelled;

/** Why named ballot choices may be shown at all (ballot-privacy.md, "Inspection"): the estate's own rules, or a court. */
public enum InspectionBasis implements Labelled {
    ESTATE_RULE, COURT_ORDER
}
