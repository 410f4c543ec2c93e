package cn.shangliang.community.roster;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks every row of a roster and turns the good ones into {@link RosterLine}s; collects a reason for every
 * bad row instead of stopping at the first, so staff can fix the whole file in one go.
 */
public final class RosterParser {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,20}");
    private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");

    public record Result(List<RosterLine> lines, List<RowError> errors) {
    }

    private RosterParser() {
    }

    public static Result parse(List<RawRow> rows) {
        List<RosterLine> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> unitLines = new HashMap<>();
        Map<String, Seen> identities = new HashMap<>();
        for (RawRow row : rows) {
            List<RosterReason> reasons = new ArrayList<>();
            RosterLine line = line(row, reasons);
            if (line != null) {
                Integer earlier = unitLines.putIfAbsent(line.unitKey(), row.line());
                if (earlier != null) {
                    reasons.add(RosterReason.of("roster.unit-repeated", line.building(), line.number(), earlier));
                }
                for (RosterLine.Entry entry : line.owners()) {
                    Seen seen = identities.putIfAbsent(entry.identity(), new Seen(row.line(), entry));
                    if (seen != null && !seen.entry.name().equals(entry.name())) {
                        reasons.add(RosterReason.of("roster.identity-other-name", IdentityNumber.mask(entry.identity()),
                                seen.line, seen.entry.name(), entry.name()));
                    } else if (seen != null && seen.entry.kind() != entry.kind()) {
                        reasons.add(RosterReason.of("roster.identity-other-kind", IdentityNumber.mask(entry.identity()),
                                seen.line));
                    }
                }
            }
            if (reasons.isEmpty()) {
                lines.add(line);
            } else {
                errors.add(new RowError(row.line(), reasons));
            }
        }
        return new Result(lines, errors);
    }

    private record Seen(int line, RosterLine.Entry entry) {
    }

    private static RosterLine line(RawRow row, List<RosterReason> reasons) {
        String building = required(row, RosterColumn.BUILDING, 60, reasons);
        String number = required(row, RosterColumn.UNIT, 30, reasons);
        if (row.zeroPadded().contains(RosterColumn.UNIT)) {
            reasons.add(RosterReason.of("roster.padded-unit", number));
        }
        BigDecimal area = area(row.get(RosterColumn.AREA), reasons);
        AreaSource source = lookup(CellValues.AREA_SOURCES, row, RosterColumn.AREA_SOURCE, reasons);
        OwnerKind kind = lookup(CellValues.OWNER_KINDS, row, RosterColumn.OWNER_KIND, reasons);
        String name = required(row, RosterColumn.OWNER_NAME, 100, reasons);
        String identity = row.numeric(RosterColumn.OWNER_ID)
                ? numericIdentity(row.get(RosterColumn.OWNER_ID), reasons::add)
                : identity(row.get(RosterColumn.OWNER_ID), kind, reasons::add);
        String phone = phone(row.get(RosterColumn.PHONE), row.numeric(RosterColumn.PHONE), reasons);
        Boolean parking = yesNo(row, RosterColumn.PARKING, false, reasons);
        Boolean delivered = yesNo(row, RosterColumn.DELIVERED, kind != OwnerKind.DEVELOPER, reasons);
        List<RosterLine.Entry> owners = new ArrayList<>();
        owners.add(new RosterLine.Entry(name, identity, kind, phone));
        int designated = coOwners(row.get(RosterColumn.CO_OWNERS), owners, reasons);
        if (kind == OwnerKind.DEVELOPER && Boolean.TRUE.equals(delivered)) {
            reasons.add(RosterReason.of("roster.developer-delivered"));
        }
        if (kind == OwnerKind.DEVELOPER && owners.size() > 1) {
            reasons.add(RosterReason.of("roster.developer-co-owners"));
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        return new RosterLine(row.line(), building, number, area, source, parking, delivered, List.copyOf(owners),
                designated);
    }

    private static String required(RawRow row, RosterColumn column, int maxLength, List<RosterReason> reasons) {
        String value = row.get(column);
        if (value.isEmpty()) {
            reasons.add(RosterReason.about(column, "roster.cell-empty"));
        } else if (value.length() > maxLength) {
            reasons.add(RosterReason.about(column, "roster.cell-too-long", maxLength));
        }
        return value;
    }

    private static BigDecimal area(String raw, List<RosterReason> reasons) {
        try {
            BigDecimal area = new BigDecimal(raw);
            if (area.signum() > 0 && area.stripTrailingZeros().scale() <= 2 && area.compareTo(new BigDecimal("9999999")) < 0) {
                return area.setScale(2);
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad area
        }
        reasons.add(raw.isEmpty() ? RosterReason.about(RosterColumn.AREA, "roster.cell-empty")
                : RosterReason.of("roster.area", raw));
        return null;
    }

    private static <T> T lookup(Map<String, T> values, RawRow row, RosterColumn column, List<RosterReason> reasons) {
        String raw = row.get(column);
        T value = values.get(raw.toUpperCase(Locale.ROOT));
        if (value == null) {
            reasons.add(RosterReason.about(column, raw.isEmpty() ? "roster.cell-empty" : "roster.cell-unknown", raw));
        }
        return value;
    }

    private static Boolean yesNo(RawRow row, RosterColumn column, boolean blankMeans, List<RosterReason> reasons) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            return blankMeans;
        }
        Boolean value = CellValues.YES_NO.get(raw.toUpperCase(Locale.ROOT));
        if (value == null) {
            reasons.add(RosterReason.about(column, "roster.yes-no", raw));
        }
        return value;
    }

    private static String identity(String raw, OwnerKind kind, Consumer<RosterReason> reasons) {
        if (kind == null) {
            return IdentityNumber.normalize(raw);
        }
        if (raw.matches("[0-9.]+E\\+?[0-9]+")) {
            return numericIdentity(raw, reasons);
        }
        IdentityNumber.problem(raw, kind).ifPresent(code -> reasons.accept(RosterReason.of(code)));
        return IdentityNumber.normalize(raw);
    }

    /**
     * A spreadsheet number cannot hold an identity number: 18 digits exceed the 15 Excel keeps, and an X check
     * character cannot be a number at all. Refused whatever the digits, since some still pass the check digit.
     */
    private static String numericIdentity(String raw, Consumer<RosterReason> reasons) {
        reasons.accept(RosterReason.of("roster.numeric-identity"));
        return IdentityNumber.normalize(raw);
    }

    /**
     * A phone stored as a number has lost the leading 0 of its area code, unless it is a mobile number (11 digits
     * starting with 1), which has none to lose.
     */
    private static String phone(String raw, boolean numeric, List<RosterReason> reasons) {
        if (raw.isEmpty()) {
            return null;
        }
        if (numeric && !MOBILE.matcher(raw).matches()) {
            reasons.add(RosterReason.of("roster.numeric-phone", raw));
            return raw;
        }
        if (!PHONE.matcher(raw).matches()) {
            reasons.add(RosterReason.of("roster.phone", raw));
        }
        return raw;
    }

    /** Adds the co-owners to {@code owners}; returns the index of the designated voter (0: the named owner). */
    private static int coOwners(String raw, List<RosterLine.Entry> owners, List<RosterReason> reasons) {
        if (raw.isEmpty()) {
            return 0;
        }
        int designated = 0;
        for (String part : CellValues.CO_OWNER_SEPARATOR.split(raw)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            boolean votes = CellValues.markedAsVoter(item);
            if (votes) {
                item = item.substring(1).strip();
            }
            String[] nameAndId = CellValues.NAME_ID_SEPARATOR.split(item, -1);
            if (nameAndId.length != 2 || nameAndId[0].isBlank() || nameAndId[1].isBlank() || nameAndId[0].strip().length() > 100) {
                reasons.add(RosterReason.of("roster.co-owner-format", IdentityNumber.mask(part.strip())));
                continue;
            }
            String name = nameAndId[0].strip();
            String identity = identity(nameAndId[1].strip(), OwnerKind.PERSON, r -> reasons.add(r.ofCoOwner(name)));
            if (owners.stream().anyMatch(o -> o.identity().equals(identity))) {
                reasons.add(RosterReason.of("roster.co-owner-repeated", name));
                continue;
            }
            owners.add(new RosterLine.Entry(name, identity, OwnerKind.PERSON, null));
            if (votes) {
                if (designated != 0) {
                    reasons.add(RosterReason.of("roster.one-voter"));
                }
                designated = owners.size() - 1;
            }
        }
        return designated;
    }
}
