package cn.shangliang.budget.rules;

/** How much a supporter is assumed to gain from a funded project, which decides Equal Shares' choice. */
public enum Utilities {

    /**
     * A supporter's utility is the project's cost (pabutools {@code Cost_Sat}, the equalshares.net
     * default). Each round buys the project whose supporters pay the least per unit of its cost, i.e. with
     * the highest "effective vote count" cost / price. Assen 2024 was decided this way.
     */
    COST,

    /**
     * Every approved project is worth 1 to its supporters. Each round buys the project with the lowest
     * price per supporter, which favours cheap projects.
     */
    APPROVAL
}
