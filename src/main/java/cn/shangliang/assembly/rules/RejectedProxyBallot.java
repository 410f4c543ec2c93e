package cn.shangliang.assembly.rules;

/** A proxy ballot that does not count, and why. */
public record RejectedProxyBallot<T>(ProxyBallot<T> ballot, Reason reason) {

    public enum Reason {
        /** No mandate with this id is on record. */
        NO_MANDATE,
        /** The mandate instructs a different choice. */
        NOT_AS_INSTRUCTED,
        /** The proxy already represents as many owners as the cap allows, by earlier mandates. */
        OVER_CAP
    }
}
