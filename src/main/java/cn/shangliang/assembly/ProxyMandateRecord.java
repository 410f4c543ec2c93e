package cn.shangliang.assembly;

import jakarta.persistence.Version;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** 委托书: a written mandate staff registered, letting a proxy vote for one voter on one decision. */
@Entity
@Table(name = "assembly_proxy_mandate")
public class ProxyMandateRecord extends VoterRow {

    @Version public long version;
    @Column(nullable = false) public String proxyName;

    /** SHA-256 of the proxy's identity number: recognises the same proxy for the cap, never shows the number. */
    @Column(nullable = false) public String proxyKey;
    @Column(nullable = false) public String proxyMasked;

    /** The encoded choice the owner instructed; null when the proxy may choose. */
    @Convert(converter = SealedChoice.class) public String instruction;
    @Column(nullable = false) public Instant registeredAt;
    @Column(nullable = false) public String registeredBy;
}
