package cn.shangliang.community.rules;

import cn.shangliang.community.AreaSource;

import java.math.BigDecimal;

/**
 * The three areas a unit may have on record, in m²; any may be null when that source has none.
 * SPC interpretation Art. 8 decides which one counts: see {@link #pick()}.
 */
public record CandidateAreas(BigDecimal registered, BigDecimal surveyed, BigDecimal contract) {

    public static CandidateAreas registered(String m2) {
        return new CandidateAreas(new BigDecimal(m2), null, null);
    }

    /**
     * The registered area; if not registered, the surveyed area; if not surveyed, the contract area.
     * A lower-precedence figure never overrides a higher one, even when it is larger.
     */
    public ExclusiveArea pick() {
        if (registered != null) {
            return ExclusiveArea.ofSquareMetres(registered, AreaSource.REGISTERED);
        }
        if (surveyed != null) {
            return ExclusiveArea.ofSquareMetres(surveyed, AreaSource.SURVEYED);
        }
        if (contract != null) {
            return ExclusiveArea.ofSquareMetres(contract, AreaSource.CONTRACT);
        }
        throw new IllegalArgumentException("no registered, surveyed or contract area");
    }
}
