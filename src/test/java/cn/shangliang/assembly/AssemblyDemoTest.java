package cn.shangliang.assembly;

import cn.shangliang.community.Estate;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The assembly demo on top of the base demo, in a transaction that is rolled back. */
@QuarkusTest
class AssemblyDemoTest {

    @Inject
    DemoCommunity community;

    @Inject
    AssemblyDemo demo;

    @Inject
    UserTransaction tx;

    @Test
    void oneDecisionInNoticeOneOpenOneClosedWithResult() throws Exception {
        tx.setTransactionTimeout(300);
        tx.begin();
        try {
            community.seed();
            demo.seed(new DemoSeeded());
            Estate big = Estate.find("name", DemoCommunity.ESTATE_HAIANCHENG).firstResult();
            List<Decision> decisions = Decision.list("estateId = ?1 order by id", big.id);
            assertEquals(List.of(Phase.NOTICE, Phase.VOTING, Phase.CLOSED),
                    decisions.stream().map(d -> d.phase(Instant.now())).toList());
            PublishedResult result = PublishedResult.findById(decisions.get(2).id);
            assertNotNull(result);
            assertEquals(false, result.provisional);
        } finally {
            tx.rollback();
        }
    }
}
