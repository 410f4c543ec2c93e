package cn.shangliang.budget.rules;

/** Why one project was or was not funded, for the published result. */
public sealed interface Explanation permits GreedyExplanation, EqualSharesExplanation {

    String projectId();

    boolean funded();

    /** One plain English sentence; the UI translates from the structured fields, not from this. */
    String reason();
}
