package cn.shangliang.assembly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The owners' assembly settings (DOMAIN.md §1): the shortest notice, and how often due votes are closed. */
@ConfigMapping(prefix = "shangliang.assembly")
public interface AssemblyConfig {

    /** Days between the notice and the opening of the vote; the law's 15 is the floor. */
    @WithDefault("15")
    int minNoticeDays();

    /** How often the scheduler closes decisions whose window has ended (a scheduler interval, e.g. 60s). */
    @WithDefault("60s")
    String closeEvery();

    /** File holding the key that seals ballot choices at rest (read by ChoiceSeal). */
    String choiceKeyFile();

    /** Smallest group shown on its own in the public record (read by Counting). */
    @WithDefault("5")
    int minGroupSize();
}
