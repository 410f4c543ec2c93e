package cn.shangliang.community.rules;

/**
 * Estate settings for the roll.
 *
 * @param parkingAreaCounts whether parking spaces' area counts toward voting area; an estate rule,
 *                          default no (DOMAIN §1)
 */
public record RollOptions(boolean parkingAreaCounts) {

    public static final RollOptions DEFAULTS = new RollOptions(false);
}
