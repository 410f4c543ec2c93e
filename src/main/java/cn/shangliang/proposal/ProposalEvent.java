package cn.shangliang.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One step of a proposal (the status it reached), shown on its page. */
@Entity
@Table(name = "proposal_event")
public class ProposalEvent extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long proposalId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProposalStatus status;
    @Column(nullable = false) public Instant occurredAt;
    @Column(nullable = false) public String actor;
    public String note;

    public static ProposalEvent record(Proposal p, Instant at, String actor, String note) {
        ProposalEvent e = new ProposalEvent();
        e.proposalId = p.id;
        e.status = p.status;
        e.occurredAt = at;
        e.actor = actor;
        e.note = note;
        e.persist();
        return e;
    }

    public static List<ProposalEvent> ofProposal(long proposalId) {
        return list("proposalId = ?1 order by id", proposalId);
    }
}
