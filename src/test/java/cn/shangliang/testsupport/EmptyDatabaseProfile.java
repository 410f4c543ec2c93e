package cn.shangliang.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A test profile for a production-like start: no demo data, and a data folder of its own, so a database of its own
 * that nothing else writes to. Each test class that needs one names its folder in a subclass.
 */
public abstract class EmptyDatabaseProfile implements QuarkusTestProfile {

    private final String dataDir;

    protected EmptyDatabaseProfile(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("shangliang.demo-data", "false", "shangliang.data-dir", dataDir);
    }
}
