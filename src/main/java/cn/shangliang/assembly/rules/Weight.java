package cn.shangliang.assembly.rules;

/** A voting weight: exclusive area in 0.01 m² and headcount, always counted together. */
public record Weight(long area, long heads) {

    public static final Weight ZERO = new Weight(0, 0);

    public Weight {
        if (area < 0 || heads < 0) {
            throw new IllegalArgumentException("negative weight: " + area + " / " + heads);
        }
    }

    public Weight plus(Weight other) {
        return new Weight(Math.addExact(area, other.area), Math.addExact(heads, other.heads));
    }

    public Weight minus(Weight other) {
        return new Weight(Math.subtractExact(area, other.area), Math.subtractExact(heads, other.heads));
    }
}
