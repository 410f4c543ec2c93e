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
    public Long parentId;
    @Column(nullable = false) public Long authorAccountId;
    @Enumerated(EnumType.STRING) public AuthorMark authorMark;
    @Enumerated(EnumType.STRING) public Stance stance;
    public boolean official;
    @Column(nullable = false) public String body;
    @Column(nullable = false) public String searchText;
    @Column(nullable = false) public String searchGrams;

    /** Sets the body and its folded forms for search. */
    public void body(String text) {
        body = text;
        searchText = cn.shangliang.common.text.SearchText.normalise(text);
        searchGrams = cn.shangliang.common.text.SearchText.grams(searchText);
    }

    @Enumerated(EnumType.STRING) @Column(nullable = false) public CommentStatus status;
    public String hiddenReason;
    public int reportCount;
    public Instant editedAt;
}
