package cn.shangliang.discussion;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests about a proposal: a fresh community with a council, people and a proposal (and its page), one per test. */
public abstract class OnAProposal {

    @Inject
    protected DiscussionTestData data;

    protected DiscussionTestData.Place place;
    protected String page;

    @BeforeEach
    void newProposal() {
        place = data.place();
        page = "/proposals/" + place.proposalId();
    }
}
