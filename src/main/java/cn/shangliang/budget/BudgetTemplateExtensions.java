package cn.shangliang.budget;

import io.quarkus.qute.TemplateExtension;

/** Chart helpers for the money pages. */
@TemplateExtension
final class BudgetTemplateExtensions {

    private BudgetTemplateExtensions() {
    }

    /** Bar length in percent of {@code whole}, from 0 to 100. */
    static long percentOf(long part, long whole) {
        return MoneyTrailService.percentOf(part, whole);
    }
}
