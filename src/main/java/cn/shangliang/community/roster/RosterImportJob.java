package cn.shangliang.community.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A roster file uploaded on the page, waiting for or being imported by RosterJobWorker. */
@Entity
@Table(name = "roster_import_job")
public class RosterImportJob extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    public long estateId;
    @Column(nullable = false) public String createdBy;
    @Column(nullable = false) public Instant createdAt;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public RosterJobStatus status;
    public Integer totalRows;
    public int processedRows;
    @Column(nullable = false) public Instant heartbeatAt;
    public String resultSummary;

    /** Loaded only by the worker: pages reading the job's progress must not drag megabytes along. */
    @Lob @Basic(fetch = FetchType.LAZY) @Column(columnDefinition = "MEDIUMBLOB") public byte[] fileContent;

    /** The XLSX sheet staff chose (name or number); null: the first sheet that has a header. */
    public String sheetName;
    @Version public long version;
}
