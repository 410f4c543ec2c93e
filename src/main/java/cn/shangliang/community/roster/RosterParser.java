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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every row of a roster and turns the good ones into {@link RosterLine}s; collects a reason for every
 * bad row instead of stopping at the first, so staff can fix the whole file in one go.
 */
public final class RosterParser {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,20}");
    private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");
    private static final Pattern CO_OWNER_SEPARATOR = Pattern.compile("[;；]");
    private static final Pattern NAME_ID_SEPARATOR = Pattern.compile("[:：]");
    private static final Map<String, AreaSource> SOURCES = Map.of(
            "REGISTERED", AreaSource.REGISTERED, "登记", AreaSource.REGISTERED, "产权登记", AreaSource.REGISTERED,
            "SURVEYED", AreaSource.SURVEYED, "实测", AreaSource.SURVEYED,
            "CONTRACT", AreaSource.CONTRACT, "合同", AreaSource.CONTRACT);
    private static final Map<String, OwnerKind> KINDS = Map.of(
            "PERSON", OwnerKind.PERSON, "个人", OwnerKind.PERSON,
            "ORGANIZATION", OwnerKind.ORGANIZATION, "单位", OwnerKind.ORGANIZATION,
            "DEVELOPER", OwnerKind.DEVELOPER, "建设单位", OwnerKind.DEVELOPER);
    private static final Map<String, Boolean> YES_NO = Map.of(
            "YES", true, "Y", true, "是", true, "TRUE", true, "1", true,
            "NO", false, "N", false, "否", false, "FALSE", false, "0", false);

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
            List<String> reasons = new ArrayList<>();
            RosterLine line = line(row, reasons);
            if (line != null) {
                Integer earlier = unitLines.putIfAbsent(line.unitKey(), row.line());
                if (earlier != null) {
                    reasons.add("房屋 " + line.building() + " " + line.number() + " 在文件中重复（第 " + earlier + " 行）");
                }
                for (RosterLine.Entry entry : line.owners()) {
                    Seen seen = identities.putIfAbsent(entry.identity(), new Seen(row.line(), entry));
                    if (seen != null && !seen.entry.name().equals(entry.name())) {
                        reasons.add("证件号码 " + IdentityNumber.mask(entry.identity()) + " 在第 " + seen.line
                                + " 行的姓名为“" + seen.entry.name() + "”，此处为“" + entry.name() + "”");
                    } else if (seen != null && seen.entry.kind() != entry.kind()) {
                        reasons.add("证件号码 " + IdentityNumber.mask(entry.identity()) + " 在第 " + seen.line
                                + " 行的业主类型不同");
                    }
                }
            }
            if (reasons.isEmpty()) {
                lines.add(line);
            } else {
                errors.add(new RowError(row.line(), String.join("；", reasons)));
            }
        }
        return new Result(lines, errors);
    }

    private record Seen(int line, RosterLine.Entry entry) {
    }

    private static RosterLine line(RawRow row, List<String> reasons) {
        String building = required(row, RosterColumn.BUILDING, 60, reasons);
        String number = required(row, RosterColumn.UNIT, 30, reasons);
        if (row.zeroPadded().contains(RosterColumn.UNIT)) {
            reasons.add(RosterTexts.text("padded_unit", number));
        }
        BigDecimal area = area(row.get(RosterColumn.AREA), reasons);
        AreaSource source = lookup(SOURCES, row.get(RosterColumn.AREA_SOURCE), "面积来源", reasons);
        OwnerKind kind = lookup(KINDS, row.get(RosterColumn.OWNER_KIND), "业主类型", reasons);
        String name = required(row, RosterColumn.OWNER_NAME, 100, reasons);
        String identity = row.numeric(RosterColumn.OWNER_ID)
                ? numericIdentity(row.get(RosterColumn.OWNER_ID), "", reasons)
                : identity(row.get(RosterColumn.OWNER_ID), kind, "", reasons);
        String phone = phone(row.get(RosterColumn.PHONE), row.numeric(RosterColumn.PHONE), reasons);
        Boolean parking = yesNo(row.get(RosterColumn.PARKING), false, "是否车位", reasons);
        Boolean delivered = yesNo(row.get(RosterColumn.DELIVERED), kind != OwnerKind.DEVELOPER, "是否交付", reasons);
        List<RosterLine.Entry> owners = new ArrayList<>();
        owners.add(new RosterLine.Entry(name, identity, kind, phone));
        int designated = coOwners(row.get(RosterColumn.CO_OWNERS), owners, reasons);
        if (kind == OwnerKind.DEVELOPER && Boolean.TRUE.equals(delivered)) {
            reasons.add("建设单位持有的房屋视为未售，是否交付应为“否”");
        }
        if (kind == OwnerKind.DEVELOPER && owners.size() > 1) {
            reasons.add("建设单位持有的房屋不能有共有人");
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        return new RosterLine(row.line(), building, number, area, source, parking, delivered, List.copyOf(owners),
                designated);
    }

    private static String required(RawRow row, RosterColumn column, int maxLength, List<String> reasons) {
        String value = row.get(column);
        if (value.isEmpty()) {
            reasons.add(column.chinese() + "为空");
        } else if (value.length() > maxLength) {
            reasons.add(column.chinese() + "超过 " + maxLength + " 个字");
        }
        return value;
    }

    private static BigDecimal area(String raw, List<String> reasons) {
        try {
            BigDecimal area = new BigDecimal(raw);
            if (area.signum() > 0 && area.stripTrailingZeros().scale() <= 2 && area.compareTo(new BigDecimal("9999999")) < 0) {
                return area.setScale(2);
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad area
        }
        reasons.add(raw.isEmpty() ? "面积为空" : "面积“" + raw + "”有误：应为大于 0、最多两位小数的平方米数");
        return null;
    }

    private static <T> T lookup(Map<String, T> values, String raw, String what, List<String> reasons) {
        T value = values.get(raw.toUpperCase(Locale.ROOT));
        if (value == null) {
            reasons.add(raw.isEmpty() ? what + "为空" : what + "“" + raw + "”无法识别");
        }
        return value;
    }

    private static Boolean yesNo(String raw, boolean blankMeans, String what, List<String> reasons) {
        if (raw.isEmpty()) {
            return blankMeans;
        }
        Boolean value = YES_NO.get(raw.toUpperCase(Locale.ROOT));
        if (value == null) {
            reasons.add(what + "“" + raw + "”无法识别：应为 是/否");
        }
        return value;
    }

    private static String identity(String raw, OwnerKind kind, String whose, List<String> reasons) {
        if (kind == null) {
            return IdentityNumber.normalize(raw);
        }
        if (raw.matches("[0-9.]+E\\+?[0-9]+")) {
            return numericIdentity(raw, whose, reasons);
        }
        Optional<String> problem = IdentityNumber.problem(raw, kind);
        problem.ifPresent(p -> reasons.add(whose + p));
        return IdentityNumber.normalize(raw);
    }

    /**
     * A spreadsheet number cannot hold an identity number: 18 digits exceed the 15 Excel keeps, and an X check
     * character cannot be a number at all. Refused whatever the digits, since some still pass the check digit.
     */
    private static String numericIdentity(String raw, String whose, List<String> reasons) {
        reasons.add(RosterTexts.text("numeric_identity", whose));
        return IdentityNumber.normalize(raw);
    }

    /**
     * A phone stored as a number has lost the leading 0 of its area code, unless it is a mobile number (11 digits
     * starting with 1), which has none to lose.
     */
    private static String phone(String raw, boolean numeric, List<String> reasons) {
        if (raw.isEmpty()) {
            return null;
        }
        if (numeric && !MOBILE.matcher(raw).matches()) {
            reasons.add(RosterTexts.text("numeric_phone", raw));
            return raw;
        }
        if (!PHONE.matcher(raw).matches()) {
            reasons.add("电话“" + raw + "”格式有误");
        }
        return raw;
    }

    /** Adds the co-owners to {@code owners}; returns the index of the designated voter (0: the named owner). */
    private static int coOwners(String raw, List<RosterLine.Entry> owners, List<String> reasons) {
        if (raw.isEmpty()) {
            return 0;
        }
        int designated = 0;
        for (String part : CO_OWNER_SEPARATOR.split(raw)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            boolean votes = item.startsWith("*") || item.startsWith("＊");
            if (votes) {
                item = item.substring(1).strip();
            }
            String[] nameAndId = NAME_ID_SEPARATOR.split(item, -1);
            if (nameAndId.length != 2 || nameAndId[0].isBlank() || nameAndId[1].isBlank() || nameAndId[0].strip().length() > 100) {
                reasons.add("共有人“" + IdentityNumber.mask(part.strip()) + "”格式有误：应为 姓名:证件号码，多人用分号隔开");
                continue;
            }
            String name = nameAndId[0].strip();
            String identity = identity(nameAndId[1].strip(), OwnerKind.PERSON, "共有人" + name + "的", reasons);
            if (owners.stream().anyMatch(o -> o.identity().equals(identity))) {
                reasons.add("共有人" + name + "的证件号码与本行其他业主重复");
                continue;
            }
            owners.add(new RosterLine.Entry(name, identity, OwnerKind.PERSON, null));
            if (votes) {
                if (designated != 0) {
                    reasons.add("共有人中只能用 * 指定一名投票人");
                }
                designated = owners.size() - 1;
            }
        }
        return designated;
    }
}
