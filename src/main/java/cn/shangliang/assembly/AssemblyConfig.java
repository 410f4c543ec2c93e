package cn.shangliang.assembly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The owners' assembly settings (DOMAIN.md §1): the shortest notice, and how often due votes are closed. */
@ConfigMapping(prefix = "shangliang.assembly")
public interface AssemblyConfig {

    /**
     * Transaction timeout (seconds) of publishing (the roster snapshot and the notice to every owner) and of a close
     * (the count and the public record): an estate of a million units takes minutes there, well past the default
     * 60 s, which would roll the whole publication or close back (issue 17). Every other transaction keeps 60 s.
     */
    int LARGE_ESTATE_TX_SECONDS = 3600;

    /** Days between the notice and the opening of the vote; the law's 15 is the floor. */
    @WithDefault("15")
    int minNoticeDays();

    /** Shortest voting window in days (DOMAIN.md §1, 杭州 Art. 20 as the default). */
    @WithDefault("5")
    int minWindowDays();

    /** Longest voting window in days, extensions included (DOMAIN.md §1). */
    @WithDefault("60")
    int maxWindowDays();

    /** How often the scheduler closes decisions whose window has ended (a scheduler interval, e.g. 60s). */
    @WithDefault("60s")
    String closeEvery();

    /** The fewest ballots a published per-building cell may hold; smaller groups are merged (ballot-privacy.md). */
    @WithDefault("5")
    int minGroupSize();

    /** The file of the key that seals stored ballot choices and their commitments, outside the database. */
    String choiceKeyFile();

    /**
     * Earlier ballot-choice keys, newest first, kept after a rotation so values they sealed still open until the
     * re-sealing job has moved them to the current key (docs/operations.md).
     */
    java.util.Optional<java.util.List<String>> choiceRetiredKeyFiles();

    /** How often the re-sealing job looks for values not sealed with the current key (start-up plus this period). */
    @WithDefault("6h")
    String resealEvery();
}
