package cn.shangliang.lint;

import cn.shangliang.community.Community;
import cn.shangliang.council.Council;
import cn.shangliang.notice.Notice;
import io.quarkus.qute.CheckedTemplate;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records, not entities, go to templates: a template that gets an entity can walk its lazy associations while the
 * page renders (a query per row, outside the service's transaction) and couples the page's HTML to the table's
 * columns. The typed parameters of each {@code @CheckedTemplate}'s {@code static native} methods are what a
 * template gets, so this reads them from the compiled classes: no parameter, type argument or record component
 * (recursively) may be an {@code @Entity} or {@code @MappedSuperclass}.
 */
class TemplateRecordsLintTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path MAIN = Path.of("src/main/java");
    private static final byte[] MARK = "Lio/quarkus/qute/CheckedTemplate;".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DATA_CALL = Pattern.compile("\\.data\\s*\\(");

    @Test
    void checkedTemplatesGetNoEntity() {
        List<Class<?>> templates = checkedTemplates();
        assertTrue(templates.size() > 20, "found only " + templates + ": is target/classes compiled?");
        List<String> found = new ArrayList<>();
        for (Class<?> template : templates) {
            for (Method method : template.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && Modifier.isNative(method.getModifiers())) {
                    for (Parameter parameter : method.getParameters()) {
                        String where = template.getName() + "." + method.getName() + "(" + parameter.getName() + ")";
                        entities(parameter.getParameterizedType(), where, new HashSet<>(), found);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "give the template a record built in the service or the page");
    }

    /** The lint's own check: it looks through lists, arrays, wildcards and nested records. */
    @Test
    void findsAnEntityWhereverATemplateCouldReachIt() {
        List<String> found = new ArrayList<>();
        for (Method method : getClass().getDeclaredMethods()) {
            if (method.getName().equals("sample")) {
                for (Parameter parameter : method.getParameters()) {
                    entities(parameter.getParameterizedType(), parameter.getName(), new HashSet<>(), found);
                }
            }
        }
        assertEquals(List.of("rows -> Row.community gets entity cn.shangliang.community.Community",
                "rows -> Row.nested -> Nested.byName gets entity cn.shangliang.notice.Notice",
                "councils gets entity cn.shangliang.council.Council",
                "row -> Row.community gets entity cn.shangliang.community.Community",
                "row -> Row.nested -> Nested.byName gets entity cn.shangliang.notice.Notice"), found);
    }

    record Nested(Map<String, ? extends List<Notice>> byName) {
    }

    record Row(long id, Community community, Optional<Nested> nested) {
    }

    @SuppressWarnings("unused")
    private static void sample(List<Row> rows, Council[] councils, String title, Row row) {
    }

    /**
     * {@code TemplateInstance.data(name, value)} takes an {@code Object}, so its value's type is not in the compiled
     * call; rather than guess it, main code passes template data only through checked templates' typed parameters.
     */
    @Test
    void templateDataGoesThroughTypedParameters() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains("import io.quarkus.qute.") && DATA_CALL.matcher(source).find()) {
                    found.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), found, "declare a parameter on the @CheckedTemplate method instead of .data(...)");
    }

    /** Adds to {@code found} each entity that {@code type} is, holds as a type argument or as a record component. */
    private static void entities(Type type, String where, Set<Type> seen, List<String> found) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            entities(parameterized.getRawType(), where, seen, found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                entities(argument, where, seen, found);
            }
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> entities(bound, where, seen, found));
        } else if (type instanceof TypeVariable<?> variable) {
            Stream.of(variable.getBounds()).forEach(bound -> entities(bound, where, seen, found));
        } else if (type instanceof GenericArrayType array) {
            entities(array.getGenericComponentType(), where, seen, found);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                entities(c.getComponentType(), where, seen, found);
            } else if (isEntity(c)) {
                found.add(where + " gets entity " + c.getName());
            } else if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    entities(component.getGenericType(), where + " -> " + c.getSimpleName() + "." + component.getName(),
                            seen, found);
                }
            }
        }
    }

    private static boolean isEntity(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.isAnnotationPresent(Entity.class) || k.isAnnotationPresent(MappedSuperclass.class)) {
                return true;
            }
        }
        return false;
    }

    /** The compiled classes annotated {@code @CheckedTemplate}; only files that name the annotation are loaded. */
    private static List<Class<?>> checkedTemplates() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Class<?>> out = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                if (!contains(Files.readAllBytes(file), MARK)) {
                    continue;
                }
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace(file.getFileSystem()
                        .getSeparator(), ".");
                Class<?> c = Class.forName(name, false, TemplateRecordsLintTest.class.getClassLoader());
                if (c.isAnnotationPresent(CheckedTemplate.class)) {
                    out.add(c);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
