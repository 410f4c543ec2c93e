package cn.shangliang.budget;

import cn.shangliang.common.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** What a complaint and an objection share: a text someone filed in their name, and the one answer it gets. */
@MappedSuperclass
public abstract class AnsweredText extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public String authorName;
    @Column(nullable = false) public String text;
    public String answer;
    public String answeredBy;
    @Column(nullable = false) public Instant filedAt;
    public Instant answeredAt;
    @Version public long version;

    /** Filed now in {@code authorName}'s name, with the text as typed less surrounding blanks. */
    void file(String authorName, String typed, Instant at) {
        this.authorName = authorName;
        text = typed.strip();
        filedAt = at;
    }

    /**
     * Answers it once with the text as typed less surrounding blanks (the caller holds the row lock); a second
     * answer is refused as {@code alreadyCode} (409).
     */
    void answerOnce(String typed, String by, Instant at, String alreadyCode) {
        if (answeredAt != null) {
            throw DomainException.conflict(alreadyCode);
        }
        answer = typed.strip();
        answeredBy = by;
        answeredAt = at;
    }
}
