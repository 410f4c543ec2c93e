package cn.shangliang.budget;

/** Everything a person can do in the micro-project program; {@link BudgetPermissions} says who may. */
public enum BudgetAction {
    MANAGE_CYCLE, PROPOSE, ENTER_PAPER, REVIEW, RECORD_ATTENDANCE, VOTE_AS_COUNCIL, RECORD_TALLY, VOTE_AS_RESIDENT,
    OBJECT, ANSWER_OBJECTION, IMPLEMENT, ACCEPT, RATE, ANSWER_COMPLAINT
}
