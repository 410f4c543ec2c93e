package cn.shangliang.community;

import static cn.shangliang.community.roster.Rosters.organization;
import static cn.shangliang.community.roster.Rosters.person;

/** The hand-worked five-unit roster: a person owning 2 units, a co-owned unit, 2 unsold developer units → 3 heads. */
public final class RosterFixtures {

    public static final String[] FIVE_UNITS = {
            "1栋,101,100.00,登记,张三," + person(1) + ",个人,是,,13800000001",
            "1栋,102,50.50,实测,张三," + person(1) + ",个人,是,,",
            "1栋,103,80.25,合同,李四," + person(2) + ",个人,是,*王五:" + person(3) + ",",
            "2栋,201,90.00,登记,某某置业," + organization(1) + ",建设单位,否,,",
            "2栋,202,90.00,登记,某某置业," + organization(1) + ",建设单位,否,,"};

    private RosterFixtures() {
    }
}
