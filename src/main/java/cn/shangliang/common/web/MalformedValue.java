package cn.shangliang.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A typed value a field's own converter could not read, with the errors-bundle code that says in words what the
 * field expects (an area in m² rather than the generic "enter a number"); {@link FormPipeline} shows it by the field.
 */
public class MalformedValue extends JsonMappingException {

    private final String code;

    public MalformedValue(JsonParser parser, String code, String text) {
        super(parser, code + ": " + text);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
