package cn.shangliang.hearing;

import java.util.Objects;

/**
 * One application for a representative seat. The application number is the stable public key the lottery
 * sorts by, so it is published with the applicant list before the draw.
 */
public record Applicant(long applicationNo, RepresentativeCategory category) {
    public Applicant {
        if (applicationNo < 1) {
            throw new IllegalArgumentException("application numbers start at 1");
        }
        Objects.requireNonNull(category);
    }
}
