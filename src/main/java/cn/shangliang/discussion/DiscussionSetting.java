package cn.shangliang.discussion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A community's discussion settings; a community without a row uses the defaults. */
@Entity
@Table(name = "discussion_setting")
public class DiscussionSetting extends PanacheEntityBase {

    @Id public Long communityId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public DisplayName displayName;
    @Version public long version;

    public static DisplayName displayNameOf(long communityId) {
        DiscussionSetting s = findById(communityId);
        return s == null ? DisplayName.SURNAME_TITLE_BUILDING : s.displayName;
    }
}
