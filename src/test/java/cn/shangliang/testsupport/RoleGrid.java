package cn.shangliang.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.security.Role;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An authorization grid of a feature's API, in the style of {@code identity.RoleMatrixTest}: every endpoint against
 * a caller without a token, each role held where the data lives, and staff of another community ({@code OTHER}).
 * A failing grid prints the whole grid as observed, so the difference is read at a glance. Bodies are {@code {}}:
 * a caller who may act reaches the validation (400), the others are refused before (401, 403, 404).
 */
public final class RoleGrid {

    /** The callers in column order. */
    public static final List<String> COLUMNS = List.of("NONE", "RES", "OWN", "MEM", "CHA", "STA", "SUB", "SUP", "OTHER");

    private RoleGrid() {
    }

    /** One caller per column, each with its role in {@code place} (the owner in its estate); OTHER elsewhere. */
    public static Map<String, String> callers(TestWorld world, TestWorld.Place place) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("NONE", null);
        callers.put("RES", world.resident(place.communityId()).token());
        callers.put("OWN", world.estateUser(Role.OWNER, place.estateId()).token());
        callers.put("MEM", world.user(Role.COUNCIL_MEMBER, place.communityId()).token());
        callers.put("CHA", world.user(Role.COUNCIL_CHAIR, place.communityId()).token());
        callers.put("STA", world.staff(place.communityId()).token());
        callers.put("SUB", world.admin(place.subdistrictId()).token());
        callers.put("SUP", world.supervisor(place.communityId()).token());
        callers.put("OTHER", world.staff(world.place().communityId()).token());
        return callers;
    }

    /**
     * Calls every row of {@code grid} ("METHOD path status…") as every caller; {@code paths} fills the placeholders
     * of a path. Fails with the observed grid beside the expected one.
     */
    public static void check(String grid, Map<String, String> callers, UnaryOperator<String> paths) {
        check(grid, callers, paths, RoleGrid::call);
    }

    /**
     * The placeholders of a grid's paths filled in: each key standing alone as a path segment or a query value
     * ({@code /R/vote}, {@code ?community=C}) becomes its id.
     */
    public static UnaryOperator<String> ids(Map<String, Long> ids) {
        return path -> {
            String filled = path;
            for (Map.Entry<String, Long> id : ids.entrySet()) {
                filled = filled.replaceAll("(?<=[/=])" + id.getKey() + "(?=[/&?]|$)", String.valueOf(id.getValue()));
            }
            return filled;
        };
    }

    /** One request of a grid: its status as the caller holding {@code token} (null: no token). */
    @FunctionalInterface
    public interface Call {
        int status(String method, String path, String token);
    }

    /**
     * The same with the grid's own columns (the callers' names, in order) and its own way of making a call, for
     * grids whose requests need bodies of their own.
     */
    public static void check(String grid, Map<String, String> callers, UnaryOperator<String> paths, Call call) {
        run(grid, callers, paths, row -> call);
    }

    /** A request body and its media type. */
    public record Body(String contentType, String text) {

        /** The body of every row not given one: a caller who may act reaches the validation. */
        public static final Body EMPTY = json("{}");

        public static Body json(String text) {
            return new Body("application/json", text);
        }

        public static Body text(String text) {
            return new Body("text/plain", text);
        }
    }

    /**
     * The same with bodies of their own for some rows, by the row as written in the grid ("POST /api/x/C"), for
     * endpoints whose empty body is refused before the caller's scope is looked at; the other rows send {@code {}}.
     */
    public static void check(String grid, Map<String, String> callers, UnaryOperator<String> paths, Map<String, Body> bodies) {
        run(grid, callers, paths, row -> (method, path, token) -> call(method, path, token, bodies.getOrDefault(row, Body.EMPTY)));
    }

    private static void run(String grid, Map<String, String> callers, UnaryOperator<String> paths, Function<String, Call> calls) {
        List<String> lines = grid.strip().lines().toList();
        List<String> columns = List.copyOf(callers.keySet());
        assertEquals(columns, List.of(lines.get(0).strip().split("\\s+")), "grid columns follow the callers");
        List<String> expected = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            Call call = calls.apply(cells[0] + " " + cells[1]);
            StringBuilder row = new StringBuilder(cells[0] + " " + cells[1]);
            for (String caller : columns) {
                row.append(' ').append(call.status(cells[0], paths.apply(cells[1]), callers.get(caller)));
            }
            expected.add(String.join(" ", cells));
            observed.add(row.toString());
        }
        assertEquals(String.join("\n", expected), String.join("\n", observed), "the authorization grid");
    }

    private static int call(String method, String path, String token) {
        return call(method, path, token, Body.EMPTY);
    }

    private static int call(String method, String path, String token, Body body) {
        RequestSpecification request = given().redirects().follow(false).contentType(body.contentType());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return switch (method) {
            case "GET" -> request.get(path).statusCode();
            case "POST" -> request.body(body.text()).post(path).statusCode();
            case "PUT" -> request.body(body.text()).put(path).statusCode();
            case "DELETE" -> request.delete(path).statusCode();
            default -> throw new IllegalArgumentException(method);
        };
    }
}
