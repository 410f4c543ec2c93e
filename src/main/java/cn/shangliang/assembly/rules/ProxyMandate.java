package cn.shangliang.assembly.rules;

import java.util.Objects;

/**
 * A written mandate (委托书) letting {@code proxyKey} vote for {@code voterKey}.
 *
 * @param sequence    registration order, which decides who is over a proxy's cap
 * @param instruction the choice the owner instructed; null when the proxy may choose
 */
public record ProxyMandate<T>(String mandateId, String voterKey, String proxyKey, long sequence, T instruction) {

    public ProxyMandate {
        Objects.requireNonNull(mandateId, "mandateId");
        Objects.requireNonNull(voterKey, "voterKey");
        Objects.requireNonNull(proxyKey, "proxyKey");
    }
}
