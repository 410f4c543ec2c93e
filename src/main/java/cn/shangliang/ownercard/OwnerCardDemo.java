package cn.shangliang.ownercard;

import cn.shangliang.identity.Passwords;

import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Demo owners' cards with known numbers and PINs (listed in docs/demo-accounts.md), already past the first-use
 * PIN change so a visitor can vote at once: the first persons of the big demo estate and its developer.
 */
@ApplicationScoped
public class OwnerCardDemo {

    private static final Logger LOG = Logger.getLogger(OwnerCardDemo.class);
    public static final String PIN = "258013";
    static final int PERSONS = 6;

    void seed(@Observes DemoSeeded event) {
        Estate estate = Estate.find("name", DemoCommunity.ESTATE_HAIANCHENG).firstResult();
        if (estate == null) {
            LOG.info("demo cards skipped: no demo estate");
            return;
        }
        List<Owner> persons = Owner.<Owner>find("estateId = ?1 and kind = ?2 order by id", estate.id, OwnerKind.PERSON)
                .page(0, PERSONS).list();
        List<Owner> developer = Owner.<Owner>find("estateId = ?1 and kind = ?2", estate.id, OwnerKind.DEVELOPER).list();
        String pinHash = Passwords.hash(PIN);
        int n = 1;
        for (Owner owner : concat(persons, developer)) {
            OwnerCard card = new OwnerCard();
            card.number = number(n++);
            card.estateId = estate.id;
            card.ownerId = owner.id;
            card.status = OwnerCardStatus.ACTIVE;
            card.pinHash = pinHash;
            card.pinChangeRequired = false;
            card.issuedAt = Instant.now();
            card.issuedBy = "demo";
            card.persist();
        }
    }

    /** 8000 0000 000n with its check digit. */
    static String number(int n) {
        String payload = String.format("8%010d", n);
        return payload + CardNumbers.checkDigit(payload);
    }

    private static List<Owner> concat(List<Owner> a, List<Owner> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
