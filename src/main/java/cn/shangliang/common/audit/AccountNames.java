package cn.shangliang.common.audit;

import java.util.Map;
import java.util.Set;

/** Display names of accounts for the audit table; identity implements it (the ground floor imports no feature). */
public interface AccountNames {

    /** The name shown for each of {@code accountIds} that exists. */
    Map<Long, String> of(Set<Long> accountIds);
}
