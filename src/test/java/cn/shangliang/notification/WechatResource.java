package cn.shangliang.notification;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WeChat API stand-in on 127.0.0.1 (token, template message, OAuth code exchange) with the app configured
 * against it, so the binding flow and the WeChat channel run end to end.
 */
public class WechatResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> bodies = new CopyOnWriteArrayList<>();
    static final List<String> queries = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(path + "?" + query);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer;
            if (path.equals("/cgi-bin/token")) {
                answer = "{\"access_token\":\"TOKEN\",\"expires_in\":7200}";
            } else if (path.equals("/sns/oauth2/access_token")) {
                answer = query.contains("code=GOODCODE") ? "{\"access_token\":\"A\",\"expires_in\":7200,\"openid\":\"o6_bmjrPTlm6_2sgVt7hMZOPfL2M\",\"scope\":\"snsapi_base\"}"
                        : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
            } else {
                bodies.add(body);
                answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}";
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("shangliang.notification.wechat.api-base", base,
                "shangliang.notification.wechat.oauth-base", base,
                "shangliang.notification.wechat.app-id", "wx-test-app",
                "shangliang.notification.wechat.app-secret", "wx-test-secret",
                "shangliang.notification.wechat.templates.ASSEMBLY_RESULT", "TEMPLATE-RESULT");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
