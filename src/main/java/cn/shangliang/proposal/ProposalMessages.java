package cn.shangliang.proposal;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The proposal pages' texts: messages/proposal_zh.properties (default) and proposal_en.properties. */
@MessageBundle(value = "proposal", locale = "zh")
public interface ProposalMessages {

    @Message
    String list_title();

    @Message
    String list_intro();

    @Message
    String new_title();

    @Message
    String search();

    @Message
    String status_label();

    @Message
    String category_label();

    @Message
    String all();

    @Message
    String search_submit();

    @Message
    String total(long total);

    @Message
    String empty();

    @Message
    String title();

    @Message
    String cosigns();

    @Message
    String submitted_at();

    @Message
    String pages();

    @Message
    String prev();

    @Message
    String next();

    @Message
    String page_number(int page);

    @Message
    String status(ProposalStatus status);

    @Message
    String category(ProposalCategory category);

    @Message
    String target(TransferTarget target);

    @Message
    String outcome_choice(ProposalStatus outcome);

    @Message
    String new_intro(int threshold);

    @Message
    String not_resident();

    @Message
    String community();

    @Message
    String description();

    @Message
    String place();

    @Message
    String attachments();

    @Message
    String attachments_hint();

    @Message
    String submit();

    @Message
    String by(String name);

    @Message
    String cosign_progress(int count, int threshold);

    /** Once the proposal has left the co-signing stage the threshold no longer applies (issue 18). */
    @Message
    String cosign_count(int count);

    @Message
    String answer_due();

    @Message
    String overdue();

    @Message
    String start_due(LocalDate date);

    @Message
    String outcome();

    @Message
    String transferred_to();

    @Message
    String transfer_link();

    @Message
    String merged_into(Long id);

    @Message
    String cosign();

    @Message
    String cosigned();

    @Message
    String withdraw();

    @Message
    String withdraw_cosign();

    @Message
    String withdraw_cosign_hint();

    @Message
    String start_review();

    @Message
    String review();

    @Message
    String review_outcome();

    @Message
    String review_text();

    @Message
    String merge_into();

    @Message
    String transfer_target();

    @Message
    String link();

    @Message
    String review_submit();

    @Message
    String steps();

    @Message
    String back_to_list();

    @Message
    String attention_update(String title, String status);

    @Message
    String attention_review(String title);

    @Message
    String attention_schedule(String title, String due);
}
