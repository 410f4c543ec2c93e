package cn.shangliang.assembly.rules;

import java.util.List;

/** Everything cast on one question, in every channel, as recorded: the input of {@link EffectiveBallots}. */
public record BallotRecords<T>(
        List<OnlineBallot<T>> online,
        List<PaperEntry<T>> paper,
        List<ProxyMandate<T>> mandates,
        List<ProxyBallot<T>> proxy) {

    public BallotRecords {
        online = List.copyOf(online);
        paper = List.copyOf(paper);
        mandates = List.copyOf(mandates);
        proxy = List.copyOf(proxy);
    }
}
