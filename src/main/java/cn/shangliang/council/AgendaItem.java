package cn.shangliang.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.List;

/** 议程项: an item on a meeting's agenda, with the deliberation record written at the meeting. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long meetingId;
    public int position;
    public Long proposalId;
    @Column(nullable = false) public String title;
    public String description;

    /** Who spoke, one per line. */
    public String speakers;

    /** The summary of the views expressed. */
    public String views;
    @Version public long version;

    public static List<AgendaItem> ofMeeting(long meetingId) {
        return list("meetingId = ?1 order by position, id", meetingId);
    }
}
