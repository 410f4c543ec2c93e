package cn.shangliang.ownercard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An owner's card linked to the account of the same person, so one login serves both (docs/rules/accounts.md). */
@Entity
@Table(name = "owner_card_link")
public class CardLink extends PanacheEntityBase {

    @Id public Long cardId;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public Instant linkedAt;
    @Version public long version;

    static List<CardLink> ofAccount(long accountId) {
        return list("accountId = ?1 order by linkedAt", accountId);
    }

    static Optional<CardLink> of(long accountId, long cardId) {
        return find("accountId = ?1 and cardId = ?2", accountId, cardId).firstResultOptional();
    }
}
