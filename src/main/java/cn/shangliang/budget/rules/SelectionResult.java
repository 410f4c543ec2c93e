package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule decided.
 *
 * @param rule         the rule's name, as {@link SelectionRule#forName} takes it
 * @param selected     funded project ids in the order the rule funded them
 * @param spent        total cost of the selected projects, exact
 * @param explanations one per project: greedy in rank order, Equal Shares funded ones by round and then
 *                     the others in submission order
 * @param comparison   the comparison step's count for the {@code …-comparison} rules, else null
 */
public record SelectionResult<E extends Explanation>(String rule, List<String> selected, BigDecimal spent,
        List<E> explanations, Comparison comparison) {

    public SelectionResult(String rule, List<String> selected, BigDecimal spent, List<E> explanations) {
        this(rule, selected, spent, explanations, null);
    }


    public SelectionResult {
        selected = List.copyOf(selected);
        explanations = List.copyOf(explanations);
    }
}
