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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String text;

    @Column(columnDefinition = "TEXT")
    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    @Column(nullable = false)
    public long version;

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
