package cn.shangliang.hearing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A seat lottery anyone can redo by hand or with a few lines of script (docs/rules/hearing.md). Within each
 * category, applicants are sorted by application number; step s (from 1) hashes the UTF-8 text
 * {@code seed + "|" + CATEGORY + "|" + s} with SHA-256 and picks the applicant at position
 * {@code hash mod remaining} among those not yet drawn. The seed must be fixed and announced before
 * registration closes, and its value unknowable until after the applicant list is published, so neither the
 * sponsor nor an applicant can steer the draw.
 */
public final class SeatLottery {
    private SeatLottery() {
    }

    public static LotteryResult draw(String seed, Map<RepresentativeCategory, Integer> seats, List<Applicant> applicants) {
        Objects.requireNonNull(seed);
        if (seed.isBlank() || !seed.strip().equals(seed)) {
            throw new IllegalArgumentException("the seed is a non-blank text without surrounding spaces, as published");
        }
        Map<RepresentativeCategory, TreeSet<Long>> pools = new EnumMap<>(RepresentativeCategory.class);
        seats.forEach((category, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative seats for " + category);
            }
            pools.put(category, new TreeSet<>());
        });
        TreeSet<Long> allNumbers = new TreeSet<>();
        for (Applicant applicant : applicants) {
            if (!allNumbers.add(applicant.applicationNo())) {
                throw new IllegalArgumentException("application number used twice: " + applicant.applicationNo());
            }
            TreeSet<Long> pool = pools.get(applicant.category());
            if (pool == null) {
                throw new IllegalArgumentException("no seats planned for " + applicant.category());
            }
            pool.add(applicant.applicationNo());
        }
        List<CategoryDraw> draws = new ArrayList<>();
        pools.forEach((category, pool) -> draws.add(drawCategory(seed, category, seats.get(category), List.copyOf(pool))));
        return new LotteryResult(seed, draws);
    }

    private static String stepMessage(String seed, RepresentativeCategory category, int step) {
        return seed + "|" + category.name() + "|" + step;
    }

    private static CategoryDraw drawCategory(String seed, RepresentativeCategory category, int seats, List<Long> pool) {
        if (pool.size() <= seats) {
            return new CategoryDraw(category, seats, pool, List.of(), pool, List.of());
        }
        List<Long> remaining = new ArrayList<>(pool);
        List<DrawStep> steps = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        for (int step = 1; !remaining.isEmpty(); step++) {
            String message = stepMessage(seed, category, step);
            byte[] hash = sha256(message);
            int index = new BigInteger(1, hash).mod(BigInteger.valueOf(remaining.size())).intValueExact();
            long chosen = remaining.get(index);
            steps.add(new DrawStep(step, message, HexFormat.of().formatHex(hash), remaining.size(), index, chosen));
            order.add(chosen);
            remaining.remove(index);
        }
        return new CategoryDraw(category, seats, pool, steps, order.subList(0, seats), order.subList(seats, order.size()));
    }

    private static byte[] sha256(String message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
