package cn.shangliang.common.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The one way a GET filter reads a choice ({@code ?status=SUBMITTED}, {@code ?kind=PROPOSAL}): resources take the
 * enum itself as a query parameter, empty means "any", and a value that is not one of the choices is a 400 naming
 * the parameter ("选项无效" / "Not a valid option", {@code form.choice}) in the visitor's language, as problem JSON
 * or the error page. JAX-RS lets only a {@link jakarta.ws.rs.WebApplicationException} out of a converter, so the
 * refusal travels as its cause and {@link ErrorMappers} renders it. Path parameters keep the default (404).
 */
@Provider
public class ChoiceParams implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        return rawType.isEnum() && name != null ? new Choice<>(rawType, name) : null;
    }

    /** The query parameter's name, as written on it ({@code @QueryParam("status")}). */
    private static String queryName(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    private record Choice<T>(Class<T> type, String name) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            for (T choice : type.getEnumConstants()) {
                if (((Enum<?>) choice).name().equals(value.strip())) {
                    return choice;
                }
            }
            throw new BadRequestException(DomainException.invalid(List.of(
                    new DomainException.FieldError(name, "form.choice"))));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : ((Enum<?>) value).name();
        }
    }
}
