package cn.shangliang.discussion;

import java.time.Instant;

import cn.shangliang.common.item.OnItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 评论: one resident's words on one item, or a reply to a top-level comment (one level deep). */
@Entity
@Table(name = "comment")
public class Comment extends OnItem {

    /** The top-level comment this replies to; null for a top-level comment. */
    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_account_id", nullable = false)
    public Long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_mark")
    public AuthorMark authorMark;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Column(nullable = false)
    public boolean official;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "search_text", nullable = false, columnDefinition = "TEXT")
    public String searchText;

    @Column(name = "search_grams", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String searchGrams;

    /** Sets the body and its folded forms for search. */
    public void body(String text) {
        body = text;
        searchText = cn.shangliang.common.text.SearchText.normalise(text);
        searchGrams = cn.shangliang.common.text.SearchText.grams(searchText);
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "report_count", nullable = false)
    public int reportCount;

    @Column(name = "edited_at")
    public Instant editedAt;
}
