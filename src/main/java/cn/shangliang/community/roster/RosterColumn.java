package cn.shangliang.community.roster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a roster file; each is recognised by its English or Chinese header (see docs/rules/roster-import.md). */
public enum RosterColumn {
    BUILDING(true, "building", "楼栋"),
    UNIT(true, "unit", "房号"),
    AREA(true, "area", "面积"),
    AREA_SOURCE(true, "area_source", "面积来源"),
    OWNER_NAME(true, "owner_name", "业主姓名"),
    OWNER_ID(true, "owner_id", "证件号码"),
    OWNER_KIND(true, "owner_kind", "业主类型"),
    DELIVERED(false, "delivered", "是否交付"),
    CO_OWNERS(false, "co_owners", "共有人"),
    PHONE(false, "phone", "电话"),
    PARKING(false, "parking", "是否车位");

    private final boolean required;
    private final String english;
    private final String chinese;

    RosterColumn(boolean required, String english, String chinese) {
        this.required = required;
        this.english = english;
        this.chinese = chinese;
    }

    public boolean required() {
        return required;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** The column a header cell names: English (any case, spaces or hyphens for underscores) or Chinese. */
    public static Optional<RosterColumn> byHeader(String header) {
        String h = header == null ? "" : header.strip().replace('\uFEFF', ' ').strip();
        String english = h.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (RosterColumn c : values()) {
            if (c.chinese.equals(h) || c.english.equals(english)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static List<RosterColumn> requiredColumns() {
        return List.of(values()).stream().filter(RosterColumn::required).toList();
    }
}
