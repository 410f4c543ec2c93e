package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Method of Equal Shares for approval ballots (equalshares.net; pabutools'
 * {@code method_of_equal_shares}), optionally with the Add1 completion.
 *
 * <p>Each voter starts with budget / voters. In each round, every project its supporters can still pay
 * for gets a price: the lowest q such that each supporter paying min(their money, q) covers the cost.
 * The project with the best price is bought (lowest q with approval utilities, lowest q / cost with cost
 * utilities; ties by the {@link TieBreak}) and its supporters pay. Rounds go on while any project is
 * affordable.
 *
 * <p>Add1, as the Pabulib README defines it: rerun with the per-voter budget raised by 1 currency unit at
 * a time (the total by 1 × voters) while the outcome stays within the real budget, and keep the last
 * outcome that does. Raises that provably buy the same projects are not run: {@link EqualSharesRegion}
 * computes from each run how far the budget can rise with the same decisions, and the next run is at the
 * first raise past that, so the number of runs follows the outcome's changes, not the money unit. Raising also stops once every candidate is funded, since nothing can be added; with
 * {@code stopWhenExhaustive} it stops as soon as no unfunded project fits the money left (pabutools'
 * {@code voter_budget_increment}). No greedy pass follows: the Pabulib README does not add one.
 */
public final class EqualShares implements SelectionRule {

    private final Utilities utilities;
    private final TieBreak tieBreak;
    private final boolean add1;
    private final boolean stopWhenExhaustive;
    private final Fraction raise;

    public EqualShares(Utilities utilities, TieBreak tieBreak, boolean add1, boolean stopWhenExhaustive) {
        this(utilities, tieBreak, add1, stopWhenExhaustive, Fraction.ONE);
    }

    /**
     * @param raise what Add1 adds to each voter's money per raise, in the unit of the costs: 1 for Pabulib
     *              files (one unit of their currency), 100 for our cycles counted in fen (one yuan)
     */
    public EqualShares(Utilities utilities, TieBreak tieBreak, boolean add1, boolean stopWhenExhaustive,
            Fraction raise) {
        if (raise.signum() <= 0) {
            throw new IllegalArgumentException("raise must be positive: " + raise);
        }
        this.raise = raise;
        this.utilities = Objects.requireNonNull(utilities, "utilities");
        this.tieBreak = Objects.requireNonNull(tieBreak, "tieBreak");
        this.add1 = add1;
        this.stopWhenExhaustive = stopWhenExhaustive;
    }

    @Override
    public String name() {
        return add1 ? "equalshares/add1" : "equalshares";
    }

    @Override
    public SelectionResult<EqualSharesExplanation> select(SelectionInput input) {
        if (!input.voteType().approvalBased()) {
            throw new IllegalArgumentException("Equal Shares needs approval ballots, not " + input.voteType());
        }
        EqualSharesProfile profile = EqualSharesProfile.of(input);
        Fraction budget = Fraction.of(input.budget());
        Fraction perVoter = profile.voters == 0 ? Fraction.ZERO : budget.divide(profile.voters);
        EqualSharesRun kept = EqualSharesRun.run(profile, perVoter, utilities, tieBreak);
        long step = 0;
        // In large elections some decision flips at nearly every raise (a supporter's money crosses a price),
        // so looking for a jump costs more than it saves: after a look that finds none, the next looks wait
        // 1, 2, 4, … up to 64 raises. Small elections with large shares jump at every look.
        int wait = 0;
        int backoff = 1;
        while (add1 && !coversAll(profile, kept) && !(stopWhenExhaustive && exhaustive(profile, kept, budget))) {
            long raises = 1;
            if (wait > 0) {
                wait--;
            } else {
                // every raise below kept's budget + reach makes the same decisions: the first that may not is next
                Fraction reach = EqualSharesRegion.reach(profile, kept, utilities, tieBreak, raise);
                if (reach == null) {
                    break; // no raise changes the outcome: raising one unit at a time would never end
                }
                raises = Math.max(1, ceiling(reach.divide(raise)));
                if (raises > 1) {
                    backoff = 1;
                } else {
                    wait = backoff;
                    backoff = Math.min(64, backoff * 2);
                }
            }
            EqualSharesRun next = EqualSharesRun.run(profile, kept.perVoterBudget.add(raise.multiply(raises)),
                    utilities, tieBreak);
            if (next.spent.compareTo(budget) > 0) {
                if (raises > 1) {
                    // the last raise before the overspending one buys what kept buys; its prices are its own
                    kept = EqualSharesRun.run(profile, kept.perVoterBudget.add(raise.multiply(raises - 1)),
                            utilities, tieBreak);
                    step += raises - 1;
                }
                break;
            }
            kept = next;
            step += raises;
        }
        return result(profile, kept, Math.toIntExact(step));
    }

    private static long ceiling(Fraction value) {
        java.math.BigInteger[] division = value.numerator().divideAndRemainder(value.denominator());
        java.math.BigInteger up = division[1].signum() > 0 ? division[0].add(java.math.BigInteger.ONE) : division[0];
        return up.min(java.math.BigInteger.valueOf(Long.MAX_VALUE / 2)).longValueExact();
    }

    private static boolean coversAll(EqualSharesProfile profile, EqualSharesRun run) {
        for (int p = 0; p < profile.candidate.length; p++) {
            if (profile.candidate[p] && run.round[p] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean exhaustive(EqualSharesProfile profile, EqualSharesRun run, Fraction budget) {
        Fraction left = budget.subtract(run.spent);
        for (int p = 0; p < profile.candidate.length; p++) {
            if (profile.candidate[p] && run.round[p] < 0 && profile.cost[p].compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    private SelectionResult<EqualSharesExplanation> result(EqualSharesProfile profile, EqualSharesRun run, int step) {
        List<Project> projects = profile.projects;
        List<String> selected = new ArrayList<>();
        List<EqualSharesExplanation> explanations = new ArrayList<>(projects.size());
        BigDecimal spent = BigDecimal.ZERO;
        for (int p : run.funded) {
            Project project = projects.get(p);
            selected.add(project.id());
            spent = spent.add(project.cost());
            explanations.add(new EqualSharesExplanation(project.id(), project.cost(), profile.supporters[p],
                    EqualSharesVerdict.FUNDED, run.round[p], run.price(p), null, step, run.perVoterBudget));
        }
        for (int p = 0; p < projects.size(); p++) {
            if (run.round[p] >= 0) {
                continue;
            }
            Project project = projects.get(p);
            EqualSharesVerdict verdict = project.withdrawn() ? EqualSharesVerdict.WITHDRAWN
                    : profile.supporters[p] == 0 ? EqualSharesVerdict.NO_SUPPORTERS
                    : EqualSharesVerdict.NOT_AFFORDABLE;
            Fraction moneyLeft = verdict == EqualSharesVerdict.NOT_AFFORDABLE ? run.supportersMoneyLeft(p) : null;
            explanations.add(new EqualSharesExplanation(project.id(), project.cost(), profile.supporters[p], verdict,
                    null, null, moneyLeft, step, run.perVoterBudget));
        }
        return new SelectionResult<>(name(), selected, spent, explanations);
    }
}
