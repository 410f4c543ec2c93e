package cn.shangliang.community.roster;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.OwnerKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * One valid roster line: a unit and who owns it. {@code owners} holds the owner named in the row first, then the
 * co-owners; {@code designated} is the index of the one who votes for the unit.
 */
public record RosterLine(int line, String building, String number, BigDecimal area, AreaSource areaSource,
                         boolean parking, boolean delivered, List<Entry> owners, int designated) {

    /** An owner-identity as the file names it; {@code identity} is normalised and never leaves the import. */
    public record Entry(String name, String identity, OwnerKind kind, String phone) {
    }

    public Entry owner() {
        return owners.get(0);
    }

    /** Sold to a buyer but not yet delivered: the developer still votes for it (SPC Art. 9). */
    public boolean awaitingDelivery() {
        return owner().kind() != OwnerKind.DEVELOPER && !delivered;
    }

    public String unitKey() {
        return building + "\u0000" + number;
    }
}
