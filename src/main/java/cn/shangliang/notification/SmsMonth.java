package cn.shangliang.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Texts sent and their cost for one community in one month (yyyy-MM, China time). */
@Entity
@Table(name = "sms_month")
@IdClass(SmsMonth.Key.class)
public class SmsMonth extends PanacheEntityBase {

    @Id public long communityId;
    @Id @Column(nullable = false) public String month;
    public int sent;
    public long costFen;
    public Instant warnedAt;
    @Version public long version;

    public static class Key implements Serializable {
        public long communityId;
        public String month;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.communityId == communityId && Objects.equals(k.month, month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(communityId, month);
        }
    }
}
