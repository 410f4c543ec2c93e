package cn.shangliang.common.throttle;

import io.smallrye.config.ConfigMapping;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for per-client limits. Behind a reverse proxy the operator must set
 * {@code quarkus.http.proxy.proxy-address-forwarding=true} and {@code quarkus.http.proxy.trusted-proxies},
 * otherwise every visitor shares the proxy's address and its limit (README, production).
 */
@ApplicationScoped
public class ClientAddress {

    @ConfigMapping(prefix = "shangliang.throttle")
    public interface ThrottleConfig {
        /** Addresses no per-client limit applies to (the tests' loopback, never in production). */
        Optional<List<String>> exemptClients();
    }

    @Inject
    Instance<HttpServerRequest> request;

    @Inject
    ThrottleConfig config;

    /** The client's address, or empty outside a request and for exempt addresses. */
    public Optional<String> current() {
        if (!request.isResolvable()) {
            return Optional.empty();
        }
        try {
            var remote = request.get().remoteAddress();
            String host = remote == null ? null : remote.hostAddress();
            if (host == null || config.exemptClients().orElse(List.of()).contains(host)) {
                return Optional.empty();
            }
            return Optional.of(host);
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
