package cn.shangliang.community.roster;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;

import java.nio.charset.StandardCharsets;

/**
 * The downloadable roster template: Chinese headers and three example rows (made-up numbers with valid check
 * characters). UTF-8 with a BOM so that Excel opens it with the Chinese intact.
 */
public final class RosterTemplate {

    public static final String FILE_NAME = "roster-template.csv";

    private RosterTemplate() {
    }

    public static byte[] csv() {
        String person = IdentityNumber.withCheck("44030519800101123", OwnerKind.PERSON);
        String spouse = IdentityNumber.withCheck("44030519820202234", OwnerKind.PERSON);
        String developer = IdentityNumber.withCheck("91440300MA5F00001", OwnerKind.DEVELOPER);
        String text = "\uFEFF楼栋,房号,面积,面积来源,业主姓名,证件号码,业主类型,是否交付,共有人,电话,是否车位\r\n"
                + "1栋,101,89.50,登记,张三," + person + ",个人,是,*李四:" + spouse + ",13800000000,否\r\n"
                + "1栋,102,120.25,实测,张三," + person + ",个人,是,,13800000000,否\r\n"
                + "2栋,201,95.00,合同,某某置业有限公司," + developer + ",建设单位,否,,,否\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
