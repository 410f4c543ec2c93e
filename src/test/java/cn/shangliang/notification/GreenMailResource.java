package cn.shangliang.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real SMTP server (GreenMail) on 127.0.0.1 and a free port, with the mailer pointed at it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        int port = server.getSmtp().getPort();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "noreply@shangliang.local",
                "shangliang.notification.email.enabled", "true");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
