package cn.shangliang.common.web;

import io.quarkus.qute.TemplateData;

import java.util.function.Function;

/**
 * The forms of a page that has several (a project page: review, cost, contract, …): the one that was posted
 * and refused comes back as typed with its errors, the others fresh. Templates ask {@code forms.get('cost')}.
 */
@TemplateData
public record PageForms(String posted, FormState state) {

    /** The page as first shown: every form fresh. */
    public static PageForms fresh() {
        return new PageForms("", FormState.empty());
    }

    /** For {@link FormPipeline#submit}: the state of the form named {@code name}, refused. */
    public static Function<FormState, PageForms> refused(String name) {
        return state -> new PageForms(name, state);
    }

    public FormState get(String name) {
        return name.equals(posted) ? state : FormState.empty();
    }
}
