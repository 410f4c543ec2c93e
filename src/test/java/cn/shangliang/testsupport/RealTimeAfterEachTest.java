package cn.shangliang.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every Quarkus test ends in real time: whatever clock travel a test did ({@link MovableClock}, {@link TestWorld}),
 * the next test starts at now, so no test class resets the clock itself. Registered in META-INF/services.
 */
public class RealTimeAfterEachTest implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ArcContainer container = Arc.container();
        if (container != null) {
            container.instance(MovableClock.class).get().reset();
        }
    }
}
