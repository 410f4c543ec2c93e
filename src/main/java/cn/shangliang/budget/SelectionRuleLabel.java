package cn.shangliang.budget;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A selection rule's name in words ("greedy" → 按票数从高到低，放不下的跳过), for texts written in Java; pages use
 * {@code tags/selectionRule.html} with the same bundle keys. An unknown name is shown as it is.
 */
public final class SelectionRuleLabel {

    private SelectionRuleLabel() {
    }

    public static String of(String ruleName, BudgetMessages m) {
        return switch (ruleName) {
            case "greedy" -> m.rule_greedy();
            case "greedy-no-skip" -> m.rule_greedy_no_skip();
            case "greedy-threshold" -> m.rule_greedy_threshold();
            case "equalshares/add1" -> m.rule_equalshares();
            case "equalshares/add1-comparison" -> m.rule_equalshares_comparison();
            case "equalshares-comparison" -> m.rule_equalshares_plain_comparison();
            default -> ruleName;
        };
    }

    /** In the language stored records are written in (Chinese, see docs/rules/texts-in-the-visitors-language.md). */
    public static String stored(String ruleName) {
        return of(ruleName, MessageBundles.get(BudgetMessages.class, Localized.Literal.of("zh")));
    }
}
