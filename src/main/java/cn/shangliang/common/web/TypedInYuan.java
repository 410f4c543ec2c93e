package cn.shangliang.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount in fen that people type in yuan on a page, in the form field named {@link #value()} (the JSON API
 * takes the fen themselves under the component's own name). {@link FormPipeline} reads the yuan exactly
 * ({@link YuanToFen}) and shows the component's errors beside the page's field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface TypedInYuan {

    /** The page's field name, e.g. {@code budget} for {@code budgetFen}. */
    String value();
}
