package cn.shangliang.notification;

import java.io.Serializable;
import java.util.Objects;

/** The composite id of a person's notification rows: recipient type and id. */
public class RecipientKey implements Serializable {

    public RecipientType recipientType;
    public long recipientId;

    public RecipientKey() {
    }

    public RecipientKey(RecipientType recipientType, long recipientId) {
        this.recipientType = recipientType;
        this.recipientId = recipientId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecipientKey k && k.recipientType == recipientType && k.recipientId == recipientId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipientType, recipientId);
    }
}
