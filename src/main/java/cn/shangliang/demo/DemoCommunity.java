package cn.shangliang.demo;

import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Household;
import cn.shangliang.community.Organization;
import cn.shangliang.community.OrganizationKind;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.community.Unit;
import cn.shangliang.community.roster.RosterImporter;
import cn.shangliang.identity.Account;
import cn.shangliang.identity.Passwords;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The base demo: one subdistrict, two communities, three estates with their rosters (one of about 2,000 units),
 * organizations, households, residents, and accounts for every role (docs/demo-accounts.md). Other features find
 * these by the names below.
 */
@ApplicationScoped
public class DemoCommunity {

    public static final String PASSWORD = "Demo-2026";
    public static final String SUBDISTRICT = "南山区粤海街道";
    public static final String COMMUNITY_GAOXIN = "高新社区";
    public static final String COMMUNITY_KEJIYUAN = "科技园社区";
    public static final String ESTATE_HAIANCHENG = "海岸城小区";
    public static final String ESTATE_KEYUAN = "科苑花园";
    public static final String ESTATE_DACHONG = "大冲小区";

    /**
     * Residents of 高新社区 without a council role. With the chair and the six members that is 20 residents, enough
     * for a proposal to reach the co-sign threshold (10 besides the proposer) even after some have co-signed.
     */
    static final String[] GAOXIN_RESIDENTS = {"朱玉兰", "胡建华", "郭丹", "高秀兰", "林志明", "何静", "罗斌", "梁晓红",
            "宋国强", "谢芳", "唐亮", "韩雪", "冯建军"};

    @Inject
    RosterImporter roster;

    private String passwordHash;

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed() {
        passwordHash = Passwords.hash(PASSWORD);
        Subdistrict yuehai = new Subdistrict();
        yuehai.name = SUBDISTRICT;
        yuehai.persist();
        Community gaoxin = community(yuehai, COMMUNITY_GAOXIN, "深圳市南山区粤海街道高新南一道");
        Community kejiyuan = community(yuehai, COMMUNITY_KEJIYUAN, "深圳市南山区粤海街道科技园");

        Estate haiancheng = estate(gaoxin, ESTATE_HAIANCHENG, "文心五路 33 号");
        Estate keyuan = estate(gaoxin, ESTATE_KEYUAN, "科苑路 15 号");
        Estate dachong = estate(kejiyuan, ESTATE_DACHONG, "大冲一路 8 号");
        roster.load(haiancheng, DemoRoster.csv(10, 200, 50, 0, "深圳市海岸置业有限公司", 1), "demo");
        roster.load(keyuan, DemoRoster.csv(6, 20, 0, 600_000, "深圳市科苑房地产开发有限公司", 2), "demo");
        roster.load(dachong, DemoRoster.csv(5, 18, 10, 1_200_000, "华润置地（深圳）有限公司", 3), "demo");

        organization(gaoxin, haiancheng, OrganizationKind.OWNERS_COMMITTEE, "海岸城小区业主委员会");
        organization(gaoxin, haiancheng, OrganizationKind.PROPERTY_COMPANY, "深圳市海岸物业服务有限公司");
        organization(gaoxin, keyuan, OrganizationKind.PROPERTY_COMPANY, "深圳市科苑物业管理有限公司");
        organization(gaoxin, null, OrganizationKind.SOCIAL_ORGANIZATION, "高新社区志愿者协会");
        organization(gaoxin, null, OrganizationKind.LOCAL_UNIT, "深圳湾科技生态园");
        organization(kejiyuan, dachong, OrganizationKind.OWNERS_COMMITTEE, "大冲小区业主委员会");
        organization(kejiyuan, dachong, OrganizationKind.PROPERTY_COMPANY, "华润万象生活（深圳）物业有限公司");
        organization(kejiyuan, null, OrganizationKind.SOCIAL_ORGANIZATION, "科技园社区老年人协会");

        List<Household> gaoxinHomes = households(gaoxin, haiancheng, 10 + GAOXIN_RESIDENTS.length);
        List<Household> kejiyuanHomes = households(kejiyuan, dachong, 8);

        staff("staff-gaoxin", "陈静（高新社区）", Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, gaoxin.id);
        // a second staff member, so what needs a second person (confirming a paper or proxy ballot) can be done
        staff("staff-gaoxin-2", "李娜（高新社区）", Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, gaoxin.id);
        staff("staff-kejiyuan", "林峰（科技园社区）", Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, kejiyuan.id);
        staff("admin-yuehai", "黄敏（粤海街道）", Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, yuehai.id);
        staff("supervisor-yuehai", "周正（监督员）", Role.SUPERVISOR, Scope.Type.SUBDISTRICT, yuehai.id);

        resident("chair-gaoxin", "王建国", gaoxin, gaoxinHomes.get(0), Role.COUNCIL_CHAIR);
        String[] gaoxinMembers = {"李秀英", "张伟", "刘芳", "陈志强", "杨丽", "赵磊"};
        for (int i = 0; i < gaoxinMembers.length; i++) {
            resident("member-gaoxin-" + (i + 1), gaoxinMembers[i], gaoxin, gaoxinHomes.get(i + 1), Role.COUNCIL_MEMBER);
        }
        resident("chair-kejiyuan", "吴桂英", kejiyuan, kejiyuanHomes.get(0), Role.COUNCIL_CHAIR);
        String[] kejiyuanMembers = {"周涛", "徐娟", "孙明", "马晓东"};
        for (int i = 0; i < kejiyuanMembers.length; i++) {
            resident("member-kejiyuan-" + (i + 1), kejiyuanMembers[i], kejiyuan, kejiyuanHomes.get(i + 1),
                    Role.COUNCIL_MEMBER);
        }
        for (int i = 0; i < GAOXIN_RESIDENTS.length; i++) {
            resident("resident-gaoxin-" + (i + 1), GAOXIN_RESIDENTS[i], gaoxin, gaoxinHomes.get(7 + i), null);
        }
        String[] kejiyuanResidents = {"何平", "罗霞"};
        for (int i = 0; i < kejiyuanResidents.length; i++) {
            resident("resident-kejiyuan-" + (i + 1), kejiyuanResidents[i], kejiyuan, kejiyuanHomes.get(5 + i), null);
        }
    }

    private static Community community(Subdistrict subdistrict, String name, String address) {
        Community c = new Community();
        c.subdistrictId = subdistrict.id;
        c.name = name;
        c.address = address;
        c.persist();
        return c;
    }

    private static Estate estate(Community community, String name, String address) {
        Estate e = new Estate();
        e.communityId = community.id;
        e.name = name;
        e.address = address;
        e.persist();
        return e;
    }

    private static void organization(Community community, Estate estate, OrganizationKind kind, String name) {
        Organization o = new Organization();
        o.communityId = community.id;
        o.estateId = estate == null ? null : estate.id;
        o.kind = kind;
        o.name = name;
        o.persist();
    }

    /** Households living in the estate's first units, each with one more resident without an account. */
    private static List<Household> households(Community community, Estate estate, int count) {
        List<Unit> units = Unit.<Unit>find("estateId = ?1 and parking = false", Sort.by("id"), estate.id)
                .page(0, count).list();
        return units.stream().map(unit -> {
            Household h = new Household();
            h.communityId = community.id;
            h.unitId = unit.id;
            h.name = estate.name + " " + unit.number + " 户";
            h.persist();
            Resident member = new Resident();
            member.communityId = community.id;
            member.householdId = h.id;
            member.name = DemoRoster.name(unit.id.intValue() * 7) + "（家属）";
            member.persist();
            return h;
        }).toList();
    }

    private Account account(String username, String displayName) {
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = passwordHash;
        a.createdAt = Instant.now();
        a.persist();
        return a;
    }

    private void staff(String username, String displayName, Role role, Scope.Type type, long scopeId) {
        Account a = account(username, displayName);
        RoleGrant.of(a.id, role, type, scopeId).persist();
    }

    /** A resident with an account, a Resident record in the household, and optionally a council role. */
    private void resident(String username, String name, Community community, Household household, Role councilRole) {
        Account a = account(username, name);
        RoleGrant.of(a.id, Role.RESIDENT, Scope.Type.COMMUNITY, community.id).persist();
        if (councilRole != null) {
            RoleGrant.of(a.id, councilRole, Scope.Type.COMMUNITY, community.id).persist();
        }
        Resident r = new Resident();
        r.communityId = community.id;
        r.householdId = household.id;
        r.accountId = a.id;
        r.name = name;
        r.persist();
    }
}
