package cn.shangliang.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The one row of the first-run setup: the hash of the open setup token, or when setup was completed. */
@Entity
@Table(name = "setup_state")
public class SetupState extends PanacheEntityBase {

    static final int ROW = 1;

    @Id public Integer id;
    public String tokenHash;
    public Instant createdAt;
    public Instant completedAt;
    public String completedBy;
    @Version public long version;

    static SetupState locked() {
        return findById(ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
