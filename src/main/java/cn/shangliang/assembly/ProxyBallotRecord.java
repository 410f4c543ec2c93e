package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A ballot a proxy cast under a mandate, recorded by staff from the proxy's signed form; append-only. */
@Entity
@Table(name = "assembly_proxy_ballot")
public class ProxyBallotRecord extends DecisionRow {

    @Column(nullable = false) public Long mandateId;
    @Convert(converter = SealedChoice.class) @Column(nullable = false) public String choice;
    @Column(nullable = false) public String receipt;
    @Column(nullable = false) public Instant castAt;
    @Column(nullable = false) public String recordedBy;
}
