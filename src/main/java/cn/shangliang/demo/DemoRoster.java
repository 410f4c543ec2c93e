package cn.shangliang.demo;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Deterministic demo rosters in the import format (docs/rules/roster-import.md): numbered units with a developer
 * holding unsold and undelivered units, owners of several units, co-owned units, organizations and parking.
 * Identity numbers are made up (valid check characters, never real people).
 */
final class DemoRoster {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "丹", "玉兰"};

    private DemoRoster() {
    }

    /**
     * @param buildings     number of buildings, each with {@code perBuilding} units
     * @param parking       parking spaces in a garage, owned by owners of flats
     * @param idBase        offset for the made-up identity numbers, distinct per estate
     * @param developerName the developer (建设单位) holding every 25th unit and the buyers' undelivered units
     */
    static byte[] csv(int buildings, int perBuilding, int parking, int idBase, String developerName, int developerNo) {
        String developer = developerName + "," + IdentityNumber.withCheck(
                String.format("91440300MA5D%05d", developerNo), OwnerKind.DEVELOPER) + ",建设单位,否,,";
        StringBuilder out = new StringBuilder("楼栋,房号,面积,面积来源,业主姓名,证件号码,业主类型,是否交付,共有人,电话,是否车位\n");
        int units = buildings * perBuilding;
        for (int i = 0; i < units; i++) {
            String building = (i / perBuilding + 1) + "栋";
            int k = i % perBuilding;
            String number = String.valueOf((k / 10 + 2) * 100 + k % 10 + 1);
            String area = (60 + i * 37 % 90) + "." + String.format("%02d", i * 13 % 100);
            String source = i % 10 == 3 ? "实测" : i % 17 == 0 ? "合同" : "登记";
            out.append(building).append(',').append(number).append(',').append(area).append(',').append(source).append(',');
            if (i % 25 == 0) {
                out.append(developer).append(",否\n");
                continue;
            }
            int owner = i % 20 == 2 ? i - 1 : i;
            if (i % 97 == 5) {
                out.append("深圳市").append(name(idBase + i)).append("贸易有限公司,")
                        .append(organization(idBase + i)).append(i % 50 == 1 ? ",单位,否,,0755-2600" : ",单位,是,,0755-2600").append(String.format("%04d", i)).append(",否\n");
                continue;
            }
            out.append(name(idBase + owner)).append(',').append(person(idBase + owner)).append(",个人,")
                    .append(i % 50 == 1 ? "否" : "是").append(',');
            if (i % 7 == 0) {
                out.append(i % 14 == 0 ? "*" : "").append(name(idBase + 500_000 + i)).append(':')
                        .append(person(idBase + 500_000 + i));
            }
            out.append(",139").append(String.format("%08d", idBase + owner)).append(",否\n");
        }
        for (int p = 0; p < parking; p++) {
            int owner = p * 3 + 4;
            out.append("车库,P").append(String.format("%03d", p + 1)).append(",12.50,登记,").append(name(idBase + owner))
                    .append(',').append(person(idBase + owner)).append(",个人,是,,,是\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String name(int n) {
        return SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n / SURNAMES.length()) % GIVEN.length];
    }

    static String person(int n) {
        String birth = LocalDate.of(1950, 1, 1).plusDays(n % 18000).toString().replace("-", "");
        return IdentityNumber.withCheck("4403" + String.format("%02d", n / 18000 % 100) + birth
                + String.format("%03d", n % 1000), OwnerKind.PERSON);
    }

    static String organization(int n) {
        return IdentityNumber.withCheck(String.format("91440300MA5E%05d", n % 100_000), OwnerKind.ORGANIZATION);
    }
}
