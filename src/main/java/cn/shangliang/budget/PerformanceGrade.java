package cn.shangliang.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The performance grade of a completed project (财预〔2020〕10号 bands: 优 90–100, 良 80–89, 中 60–79,
 * 差 below 60). Residents rate 1–5; a rating of s is worth s × 20 points (5 → 100, 4 → 80, 3 → 60, 2 → 40,
 * 1 → 20) and the score is their mean, so "mostly 4s" is 良 and "mostly 3s" is 中. Compared exactly.
 */
public enum PerformanceGrade {
    EXCELLENT(90), GOOD(80), FAIR(60), POOR(0);

    private final int floor;

    PerformanceGrade(int floor) {
        this.floor = floor;
    }

    /** The lowest score of this grade (0–100). */
    public int floor() {
        return floor;
    }

    /** The grade of {@code count} ratings adding up to {@code starSum}; null when nobody rated yet. */
    public static PerformanceGrade of(long starSum, long count) {
        if (count == 0) {
            return null;
        }
        for (PerformanceGrade grade : values()) {
            // score = 20 × starSum / count ≥ floor, cross-multiplied
            if (20 * starSum >= (long) grade.floor * count) {
                return grade;
            }
        }
        return POOR;
    }

    /** The 100-point score rounded to one decimal, for display only. */
    public static BigDecimal score(long starSum, long count) {
        return count == 0 ? null
                : BigDecimal.valueOf(20 * starSum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
