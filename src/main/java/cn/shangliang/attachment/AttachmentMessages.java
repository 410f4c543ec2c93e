package cn.shangliang.attachment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The attachment texts: messages/attachment_zh.properties (default) and attachment_en.properties. */
@MessageBundle(value = "attachment", locale = "zh")
public interface AttachmentMessages {

    @Message
    String title();

    @Message
    String form_title();

    @Message
    String on_item();

    @Message
    String file_label();

    @Message
    String file_hint(long maxMb);

    @Message
    String caption_label();

    @Message
    String upload();

    @Message
    String back();

    @Message
    String photo();

    @Message
    String pdf(long kb);
}
