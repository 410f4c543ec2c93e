package cn.shangliang.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The base demo: one subdistrict, two communities, three estates with their rosters, and accounts. */
@ApplicationScoped
public class DemoCommunity {

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed() {
        // filled in with the community model and roster import
    }
}
