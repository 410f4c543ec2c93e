package cn.shangliang.common.web;

import cn.shangliang.common.db.ConflictRetriesExhausted;
import cn.shangliang.common.db.DatabaseFailure;
import cn.shangliang.common.i18n.ErrorTexts;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.jboss.logging.Logger;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.sql.SQLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.function.Supplier;

/**
 * Maps every refusal to one shape: problem JSON under /api, an error page (or the login page) elsewhere.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "common")
    static class Templates {
        static native TemplateInstance error(int status, String message,
                                             List<DomainException.FieldError> fieldErrors);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String language = LanguageFilter.language(headers);
        List<DomainException.FieldError> errors = e.getConstraintViolations().stream()
                .map(DomainException.FieldError::of)
                .map(f -> new DomainException.FieldError(f.field(), f.text(language)))
                .toList();
        return respond(DomainException.invalid(errors), uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri)) {
            return json(DomainException.of(401, "unauthorized"), headers);
        }
        String next = URLEncoder.encode("/" + uri.getPath().replaceFirst("^/", ""), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/login?next=" + next)).build();
    }

    /**
     * The database refused for a moment (docs/operations.md, "Failure behaviour"): a conflict with a concurrent
     * transaction that was not or could no longer be retried is a 409, a database out of reach a 503; both say
     * the request may be sent again, and nothing of it was written. Anything else stays a 500. (Paths on plain
     * JDBC, such as the online cast, wrap their SQLException in an IllegalStateException.)
     */
    @ServerExceptionMapper({ConflictRetriesExhausted.class, PersistenceException.class, SQLException.class,
            RollbackException.class, TransactionalException.class, ArcUndeclaredThrowableException.class,
            IllegalStateException.class})
    public Response database(Exception e, UriInfo uri, HttpHeaders headers) {
        DatabaseFailure failure = e instanceof ConflictRetriesExhausted ? DatabaseFailure.CONFLICT
                : DatabaseFailure.of(e).orElse(null);
        if (failure == null) {
            return internalError(e, uri, headers);
        }
        LOG.warnf("%s %s: database %s (%s)", uri.getPath(), e.getClass().getSimpleName(), failure, rootMessage(e));
        DomainException refusal = failure == DatabaseFailure.CONFLICT
                ? DomainException.conflict("database-conflict")
                : DomainException.of(503, "database-unavailable");
        return Response.fromResponse(respond(refusal, uri, headers)).header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(DomainException.forbidden("forbidden"), uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        // a query parameter that does not convert (?page=abc) is bad input, not a missing page
        Optional<String> input = Failures.refusedInput(e);
        if (input.isPresent() && uri.getQueryParameters().values().stream().anyMatch(v -> v.contains(input.get()))) {
            return rendered(uri, () -> respond(DomainException.badInput("query-invalid", input.get()), uri, headers));
        }
        return rendered(uri, () -> respond(DomainException.notFound("not-found.page"), uri, headers));
    }

    /** A JSON body that does not parse or whose values have the wrong type: 400 with what was wrong. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                        : String.valueOf(r.getIndex())).collect(Collectors.joining(".")) : "";
        DomainException refusal = field.isEmpty() ? DomainException.badInput("json-invalid")
                : DomainException.invalid(List.of(DomainException.FieldError.of(field, "json-invalid.field")));
        return respond(refusal, uri, headers);
    }

    /**
     * Anything no other mapper knows: logged once with an id, answered 503 when the database is down (with
     * Retry-After), else 500, as problem JSON under /api and as the error page for browsers (never JSON).
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Uni<Response> unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof WebApplicationException web) {
            return webApplication(web, uri, headers);
        }
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        DomainException refusal;
        if (Failures.databaseDown(e)) {
            LOG.warnf("database unavailable [%s] %s %s: %s", id, uri.getPath(), e.getClass().getSimpleName(),
                    e.getMessage());
            refusal = DomainException.unavailable("database-unavailable", java.time.Duration.ofSeconds(30));
        } else {
            LOG.errorf(e, "unexpected error [%s] on %s", id, uri.getPath());
            refusal = DomainException.withCode(500, "internal-error", "internal-error", id);
        }
        return rendered(uri, () -> respond(refusal, uri, headers));
    }

    /** A failure nobody refused on purpose: logged once with an id that the visitor's page or problem JSON shows. */
    private static Response internalError(Throwable e, UriInfo uri, HttpHeaders headers) {
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "unexpected error [%s] on %s", id, uri.getPath());
        return respond(DomainException.withCode(500, "internal-error", "internal-error", id), uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof DomainException refusal) {
            // a refusal from where JAX-RS lets only its own exceptions out (ChoiceParams)
            return rendered(uri, () -> respond(refusal, uri, headers));
        }
        if (status >= 500) {
            return Uni.createFrom().item(e.getResponse());
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return Uni.createFrom().item(json(json, uri, headers));
            }
        }
        return rendered(uri, () -> respond(requestRefused(status), uri, headers));
    }

    /**
     * Requests that matched no endpoint are refused on the IO thread, where the layout may not block to learn
     * who is logged in (a logged-in browser's /favicon.ico was a 500): render such pages on a worker thread of
     * the same request context.
     */
    private static Uni<Response> rendered(UriInfo uri, Supplier<Response> page) {
        Context context = Vertx.currentContext();
        if (isApi(uri) || context == null || BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(page);
        }
        return Uni.createFrom().completionStage(() -> context.<Response>executeBlocking(() -> {
            Response response = page.get();
            if (response.getEntity() instanceof TemplateInstance template) {
                return Response.fromResponse(response).entity(template.render()).build();
            }
            return response;
        }, false).toCompletionStage());
    }

    /** Problem code {@code request-refused}; the text says why in words where the status has a known cause. */
    private static DomainException requestRefused(int status) {
        String key = switch (status) {
            case 400 -> "request-refused.400";
            case 405 -> "request-refused.405";
            case 406, 415 -> "request-refused.format";
            default -> "request-refused";
        };
        return DomainException.withCode(status, "request-refused", key, status);
    }

    private static Response respond(DomainException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri)) {
            return json(e, headers);
        }
        return retryAfter(Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(e.status(), e.detail(LanguageFilter.language(headers)),
                        e.fieldErrors(LanguageFilter.language(headers)))), e)
                .build();
    }

    private static Response json(DomainException e, HttpHeaders headers) {
        return retryAfter(Response.status(e.status()).type("application/problem+json")
                .entity(Problem.of(e, LanguageFilter.language(headers))), e).build();
    }

    /** A throttled request says when to come back. */
    public static Response.ResponseBuilder retryAfter(Response.ResponseBuilder response, DomainException e) {
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wait.toSeconds()));
        return response;
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api/") || path.equals("/api");
    }

}
