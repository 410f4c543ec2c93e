package cn.shangliang.common.db;

import cn.shangliang.assembly.BallotService;
import cn.shangliang.assembly.TallyService;
import cn.shangliang.common.audit.AuditSealer;
import cn.shangliang.common.lease.JobLease;
import cn.shangliang.community.roster.RosterJobWorker;
import cn.shangliang.hearing.RegistrationService;
import cn.shangliang.ownercard.CardLogin;
import cn.shangliang.proposal.ProposalService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The entry points that must survive a conflict on a Galera cluster (docs/operations.md) carry
 * {@link RetryOnConflict}, whatever becomes of their insides.
 */
class RetryOnConflictPlacementTest {

    private static final Map<Class<?>, List<String>> ENTRY_POINTS = Map.of(
            BallotService.class, List.of("cast", "withdraw"),
            ProposalService.class, List.of("cosign"),
            RegistrationService.class, List.of("register"),
            CardLogin.class, List.of("login", "changePin"),
            JobLease.class, List.of("tryAcquire"),
            AuditSealer.class, List.of("sealPending"),
            TallyService.class, List.of("closeIfDue"),
            RosterJobWorker.class, List.of("claimNext"));

    @Test
    void everyEntryPointThatMayConflictRunsAgain() {
        List<String> missing = new ArrayList<>();
        ENTRY_POINTS.forEach((type, names) -> names.forEach(name -> {
            List<Method> methods = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).toList();
            if (methods.isEmpty() || methods.stream().anyMatch(m -> !m.isAnnotationPresent(RetryOnConflict.class)
                    && !type.isAnnotationPresent(RetryOnConflict.class))) {
                missing.add(type.getSimpleName() + "." + name);
            }
        }));
        assertEquals(List.of(), missing, "@RetryOnConflict missing (or the method was renamed: update this list)");
    }
}
