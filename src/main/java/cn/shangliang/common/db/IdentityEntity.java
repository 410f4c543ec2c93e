package cn.shangliang.common.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id MariaDB assigns (an AUTO_INCREMENT {@code id} column), as every table here has. Panache's
 * own {@code PanacheEntity} would draw ids from a sequence instead; this is the same convenience for IDENTITY.
 */
@MappedSuperclass
public abstract class IdentityEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
