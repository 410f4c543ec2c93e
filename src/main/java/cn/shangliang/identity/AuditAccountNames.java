package cn.shangliang.identity;

import cn.shangliang.common.audit.AccountNames;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Accounts named in the audit table by their display name, or their login name when they have none. */
@ApplicationScoped
public class AuditAccountNames implements AccountNames {

    @Override
    public Map<Long, String> of(Set<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            Account.<Account>list("id in ?1", accountIds).forEach(a -> names.put(a.id,
                    a.displayName == null || a.displayName.isBlank() ? a.username : a.displayName));
        }
        return names;
    }
}
