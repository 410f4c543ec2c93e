package cn.shangliang.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sealed end of the chain: the last sequence number and its hash. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    @Id Byte id;
    long lastSeq;
    @Column(nullable = false) String lastHash;

    /** Entries from this sequence number on are linked with the chain key's HMAC. */
    long keyedFromSeq;
}
