package cn.shangliang.hearing;

import cn.shangliang.hearing.HearingViews.HearingView;

/**
 * What every page of one hearing shows around its own part: the hearing, whether the visitor is staff of its
 * community, the steps the page offers now and the stage navigation, all from the one status.
 */
record HearingPage(HearingView h, boolean staff, HearingActions actions, Stages stages) {

    /** The hearing the visitor may see (a draft only its staff, as if it did not exist for anyone else). */
    static HearingPage of(HearingService hearings, long id) {
        HearingView h = hearings.get(id);
        boolean staff = hearings.isStaff(h.communityId());
        return new HearingPage(h, staff, HearingActions.of(h.status(), staff), Stages.of(h.status(), h.seed() != null, staff));
    }
}
