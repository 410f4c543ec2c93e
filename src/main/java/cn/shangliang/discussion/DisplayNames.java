package cn.shangliang.discussion;

import java.util.Set;

/**
 * What other residents see of a commenter's name, by the community's {@link DisplayName} setting. The register
 * holds no gender, so the title (先生/女士) is never guessed: the surname is shown masked ("王某"), with the
 * building where the setting asks for it.
 */
public final class DisplayNames {

    /** Two-character surnames common enough that "欧阳明" must not become "欧某". */
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "轩辕", "万俟");

    private DisplayNames() {
    }

    /**
     * @param masked  the pattern of a masked surname in the visitor's language, e.g. "{0}某"
     * @param withBuilding the pattern of a name with its building, e.g. "{0} · {1}"
     */
    public static String show(DisplayName setting, String fullName, String building, String masked, String withBuilding) {
        String name = fullName == null ? "" : fullName.strip();
        if (setting == DisplayName.FULL_NAME || name.isEmpty()) {
            return name;
        }
        String shown = masked.replace("{0}", surname(name));
        if (setting == DisplayName.SURNAME_TITLE_BUILDING && building != null && !building.isBlank()) {
            return withBuilding.replace("{0}", shown).replace("{1}", building.strip());
        }
        return shown;
    }

    /** The surname of a Chinese name (a compound one when listed); a Latin name's first word. */
    public static String surname(String name) {
        String n = name.strip();
        if (n.length() >= 3 && COMPOUND.contains(n.substring(0, 2))) {
            return n.substring(0, 2);
        }
        int space = n.indexOf(' ');
        if (space > 0) {
            return n.substring(0, space);
        }
        return n.substring(0, n.offsetByCodePoints(0, 1));
    }
}
