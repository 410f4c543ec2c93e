package cn.shangliang.community.rules;

import cn.shangliang.community.OwnerKind;

import java.util.Objects;

/**
 * An owner-identity. The key is stable across the estate (it is what ballots are bound to).
 *
 * <p>The key may not contain {@value #JOINT_SEPARATOR}: that character joins co-owners' keys into the
 * voter key of a co-owned unit, and must not be forgeable by a single owner's key.
 */
public record OwnerRef(String key, OwnerKind kind) {

    public static final String JOINT_SEPARATOR = "&";

    public OwnerRef {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("owner key is blank");
        }
        if (key.contains(JOINT_SEPARATOR)) {
            throw new IllegalArgumentException("owner key may not contain '" + JOINT_SEPARATOR + "': " + key);
        }
    }

    public static OwnerRef person(String key) {
        return new OwnerRef(key, OwnerKind.PERSON);
    }

    public static OwnerRef organization(String key) {
        return new OwnerRef(key, OwnerKind.ORGANIZATION);
    }

    public static OwnerRef developer(String key) {
        return new OwnerRef(key, OwnerKind.DEVELOPER);
    }
}
