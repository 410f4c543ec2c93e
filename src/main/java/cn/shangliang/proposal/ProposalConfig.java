package cn.shangliang.proposal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The configurable proposal numbers: the co-sign threshold and the fast and deep track clocks. */
@ConfigMapping(prefix = "shangliang.proposal")
public interface ProposalConfig {

    @WithDefault("10")
    int cosignThreshold();

    @WithDefault("PT48H")
    Duration answerWithin();

    @WithDefault("5")
    int deepStartWorkingDays();

    default ProposalWorkflow workflow() {
        return new ProposalWorkflow(cosignThreshold());
    }

    default FastTrack fastTrack() {
        return new FastTrack(answerWithin(), deepStartWorkingDays());
    }
}
