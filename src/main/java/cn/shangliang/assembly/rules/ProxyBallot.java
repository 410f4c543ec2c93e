package cn.shangliang.assembly.rules;

import java.time.Instant;
import java.util.Objects;

/** A ballot a proxy cast under a mandate; like an owner, a proxy may cast again and the latest counts. */
public record ProxyBallot<T>(String mandateId, long sequence, Instant castAt, T choice) {

    public ProxyBallot {
        Objects.requireNonNull(mandateId, "mandateId");
        Objects.requireNonNull(castAt, "castAt");
        Objects.requireNonNull(choice, "choice");
    }
}
