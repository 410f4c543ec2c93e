package cn.shangliang.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Map} component of a request record whose entries a page sends as one field each, named by data: the
 * form's fields {@code <prefix><key>} (a roll call's {@code vote_12}, a ballot's {@code score_7}) become the
 * map's entries, keys and values converted like any other value. {@link FormPipeline} names a value that does
 * not convert by its field ({@code vote_12}), and shows the service's errors of an entry ({@code votes[12]})
 * beside that field too. The JSON API takes the map itself under the component's name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FieldPrefix {

    /** The start of the fields' names, e.g. {@code vote_}; the rest of each name is the entry's key. */
    String value();
}
