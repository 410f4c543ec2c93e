package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optimised Equal Shares (budget classes, ballot groups, lazy re-pricing, a common money unit) must
 * decide exactly like the textbook algorithm: one Fraction per voter, every project priced every round.
 * Small random elections with few distinct costs, so exact ties are frequent, and ids such as "10" and
 * "2" so the string order of {@link TieBreak#PROJECT_ID} matters.
 */
class EqualSharesReferenceTest {

    @ParameterizedTest
    @EnumSource(Utilities.class)
    void matchesTheTextbookAlgorithmOnRandomElections(Utilities utilities) {
        Random random = new Random(20240415L + utilities.ordinal());
        for (int election = 0; election < 300; election++) {
            SelectionInput input = randomElection(random);
            for (TieBreak tieBreak : TieBreak.values()) {
                for (boolean add1 : new boolean[] {false, true}) {
                    var result = new EqualShares(utilities, tieBreak, add1, false).select(input);
                    List<String> expected = reference(input, utilities, tieBreak, add1);
                    assertEquals(expected, result.selected(), "election " + election + " " + tieBreak + " add1=" + add1);
                }
            }
        }
    }

    private static SelectionInput randomElection(Random random) {
        int projectCount = 1 + random.nextInt(7);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            BigDecimal cost = BigDecimal.valueOf(5 * (1 + random.nextInt(6)));
            projects.add(new Project(String.valueOf(random.nextInt(3) == 0 ? 10 + p : p), random.nextInt(5) == 0
                    ? cost.add(new BigDecimal("0.25")) : cost));
        }
        List<BallotChoices> ballots = new ArrayList<>();
        int voters = random.nextInt(12);
        for (int v = 0; v < voters; v++) {
            List<String> approved = new ArrayList<>();
            for (Project project : projects) {
                if (random.nextInt(3) == 0) {
                    approved.add(project.id());
                }
            }
            ballots.add(new BallotChoices(approved, List.of()));
        }
        BigDecimal budget = BigDecimal.valueOf(10 + random.nextInt(60));
        return SelectionInput.of(budget, VoteType.APPROVAL, projects, ballots);
    }

    private static List<String> reference(SelectionInput input, Utilities utilities, TieBreak tieBreak, boolean add1) {
        int n = input.ballots().size();
        if (n == 0) {
            return List.of();
        }
        Fraction budget = Fraction.of(input.budget());
        Fraction share = budget.divide(n);
        List<Integer> kept = run(input, utilities, tieBreak, share);
        while (add1 && kept.size() < candidates(input)) {
            List<Integer> next = run(input, utilities, tieBreak, share.add(Fraction.ONE));
            if (cost(input, next).compareTo(budget) > 0) {
                break;
            }
            kept = next;
            share = share.add(Fraction.ONE);
        }
        return kept.stream().map(p -> input.projects().get(p).id()).toList();
    }

    private static List<Integer> run(SelectionInput input, Utilities utilities, TieBreak tieBreak, Fraction share) {
        List<Project> projects = input.projects();
        Fraction[] money = new Fraction[input.ballots().size()];
        Arrays.fill(money, share);
        List<Integer> bought = new ArrayList<>();
        while (true) {
            Integer best = null;
            Fraction bestKey = null;
            Fraction bestPrice = null;
            for (int p = 0; p < projects.size(); p++) {
                Fraction cost = Fraction.of(projects.get(p).cost());
                List<Integer> supporters = supporters(input, p);
                if (bought.contains(p) || supporters.isEmpty()) {
                    continue;
                }
                Fraction price = price(cost, supporters.stream().map(v -> money[v]).sorted().toList());
                if (price == null) {
                    continue;
                }
                Fraction key = utilities == Utilities.COST ? price.divide(cost) : price;
                int order = best == null ? -1 : key.compareTo(bestKey);
                if (order == 0) {
                    order = tieBreak.compare(projects.get(p), p, projects.get(best), best);
                }
                if (order < 0) {
                    best = p;
                    bestKey = key;
                    bestPrice = price;
                }
            }
            if (best == null) {
                return bought;
            }
            bought.add(best);
            for (int v : supporters(input, best)) {
                money[v] = money[v].subtract(money[v].compareTo(bestPrice) < 0 ? money[v] : bestPrice);
            }
        }
    }

    /** Supporters sorted by money: the first ones that cannot pay an equal share pay all they have. */
    private static Fraction price(Fraction cost, List<Fraction> sortedMoney) {
        Fraction paid = Fraction.ZERO;
        for (int i = 0; i < sortedMoney.size(); i++) {
            Fraction equalShare = cost.subtract(paid).divide(sortedMoney.size() - i);
            if (equalShare.compareTo(sortedMoney.get(i)) <= 0) {
                return equalShare;
            }
            paid = paid.add(sortedMoney.get(i));
        }
        return null;
    }

    private static List<Integer> supporters(SelectionInput input, int p) {
        List<Integer> supporters = new ArrayList<>();
        for (int v = 0; v < input.ballots().size(); v++) {
            if (input.ballots().get(v).projectIds().contains(input.projects().get(p).id())) {
                supporters.add(v);
            }
        }
        return supporters;
    }

    private static int candidates(SelectionInput input) {
        int count = 0;
        for (int p = 0; p < input.projects().size(); p++) {
            count += supporters(input, p).isEmpty() ? 0 : 1;
        }
        return count;
    }

    private static Fraction cost(SelectionInput input, List<Integer> bought) {
        return bought.stream().map(p -> Fraction.of(input.projects().get(p).cost()))
                .reduce(Fraction.ZERO, Fraction::add);
    }
}
