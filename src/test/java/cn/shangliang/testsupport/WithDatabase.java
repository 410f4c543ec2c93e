package cn.shangliang.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every {@code @QuarkusTest} in the run. */
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public final class WithDatabase {

    private WithDatabase() {
    }
}
