package cn.shangliang.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document is for integrators of the JSON API: the HTML pages (and the template-engine types they
 * return) are left out, and every operation lists the refusals it can answer with, each as problem JSON
 * ({@link Problem}, rendered by {@link ErrorMappers}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD) // the document depends on no runtime value: built once, not at each start
public class ApiDocsFilter implements OASFilter {

    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() != null) {
            Map<String, PathItem> all = Map.copyOf(api.getPaths().getPathItems());
            all.keySet().stream().filter(path -> !path.startsWith("/api/")).forEach(api.getPaths()::removePathItem);
            api.getPaths().getPathItems().forEach(this::documentRefusals);
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        pruneUnusedSchemas(api);
    }

    private void documentRefusals(String path, PathItem item) {
        boolean hasId = path.contains("{");
        item.getOperations().forEach((method, operation) -> {
            boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            refusal(operation, "400", "Bad input: the problem's `errors` name each field and what is wrong with it");
            if (changes) {
                refusal(operation, "401", "Not logged in: send a Bearer token");
                refusal(operation, "403", "The caller's roles in this community do not allow this action");
                refusal(operation, "409", "Allowed input, but the current state of the thing refuses it (see `code`)");
            }
            if (hasId) {
                refusal(operation, "404", "No such thing, or the caller may not know it exists");
            }
        });
    }

    private static void refusal(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request field, as named in the request body or form"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it, in the language asked for"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. `code` is stable and meant for programs; `detail` and the"
                        + " field messages are for people, in Chinese, or in English with `Accept-Language: en`.")
                .addProperty("type", text.description("Always about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The HTTP status in words"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Stable refusal code, e.g. proposal.cosign.already"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("status", "code", "detail"));
    }

    /** Schemas only the left-out pages used (template instances and the like) go too. */
    private static void pruneUnusedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null || schemas.isEmpty()) {
            return;
        }
        Set<String> used = new TreeSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> push(todo, p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                content(todo, op.getRequestBody().getContent());
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> content(todo, r.getContent()));
            }
        }));
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name)) {
                    push(todo, schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> push(todo, s));
            }
            push(todo, schema.getItems());
            push(todo, schema.getAdditionalPropertiesSchema());
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(s -> push(todo, s));
                }
            }
        }
        Set.copyOf(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(api.getComponents()::removeSchema);
    }

    private static void content(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(todo, m.getSchema()));
        }
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }
}
