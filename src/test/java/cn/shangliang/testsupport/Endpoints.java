package cn.shangliang.testsupport;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every JAX-RS resource method of the app, found by reflection over the compiled classes. */
public final class Endpoints {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    private Endpoints() {
    }

    /** A resource method with its HTTP method (null for a sub-resource locator) and full path. */
    public record Endpoint(Class<?> type, Method method, String httpMethod, String path) {
        @Override
        public String toString() {
            return (httpMethod == null ? "LOCATOR" : httpMethod) + " " + path + " (" + type.getSimpleName() + "."
                    + method.getName() + ")";
        }
    }

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : appClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            for (Method method : type.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                String http = httpMethod(method).orElse(null);
                Path methodPath = method.getAnnotation(Path.class);
                if (http == null && methodPath == null) {
                    continue;
                }
                endpoints.add(new Endpoint(type, method, http, join(classPath, methodPath)));
            }
        }
        return endpoints;
    }

    public static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String join(Path classPath, Path methodPath) {
        String path = "/" + (classPath == null ? "" : classPath.value()) + "/"
                + (methodPath == null ? "" : methodPath.value());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> appClasses() {
        java.nio.file.Path root = CLASSES.resolve("cn/shangliang");
        if (!Files.isDirectory(root)) {
            throw new AssertionError("compile first: " + root.toAbsolutePath() + " is missing");
        }
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            List<Class<?>> types = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                try {
                    types.add(Class.forName(name, false, Endpoints.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
