package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** Proof that the ballot reached a voter: only such voters can be deemed under the silent-majority clause. */
@Entity
@Table(name = "assembly_delivery")
public class BallotDelivery extends VoterRow {

    @Column(nullable = false) public String method;
    @Column(nullable = false) public Instant deliveredAt;
    @Column(nullable = false) public String recordedBy;
}
