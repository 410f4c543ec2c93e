package cn.shangliang.discussion;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The discussion limits of docs/rules/discussion.md; every instance reads the same values. */
@ConfigMapping(prefix = "shangliang.discussion")
public interface DiscussionConfig {

    /** Distinct reports after which a comment is hidden pending review (Decidim's default). */
    @WithDefault("3")
    int autoHideReports();

    /** How long an author may edit a comment after posting it. */
    @WithDefault("PT15M")
    Duration editWindow();

    /** Comments one account may post per rolling minute. */
    @WithDefault("10")
    int perMinute();
}
