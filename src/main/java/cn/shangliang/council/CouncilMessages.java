package cn.shangliang.council;

import java.time.LocalDate;
import java.time.LocalTime;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The council pages' texts: messages/council_zh.properties (default) and council_en.properties. */
@MessageBundle(value = "council", locale = "zh")
public interface CouncilMessages {

    @Message
    String councils_title();

    @Message
    String councils_intro();

    @Message
    String councils_empty();

    @Message
    String council_name();

    @Message
    String community();

    @Message
    String chair();

    @Message
    String member_count();

    @Message
    String cadence();

    @Message
    String create_title();

    @Message
    String create_submit();

    @Message
    String created_on();

    @Message
    String overdue();

    @Message
    String monthly_due(LocalDate due);

    @Message
    String consultation_due(LocalDate due);

    @Message
    String cadence_overdue_alert();

    @Message
    String members_title(int count);

    @Message
    String quorum_rule(String rule, long minimum);

    @Message
    String members_empty();

    @Message
    String member_name();

    @Message
    String seat();

    @Message
    String term();

    @Message
    String actions();

    @Message
    String term_open();

    @Message
    String term_ended();

    @Message
    String make_chair();

    @Message
    String remove_reason();

    @Message
    String remove_member();

    @Message
    String history_link();

    @Message
    String resolutions_link();

    @Message
    String add_member();

    @Message
    String member_login();

    @Message
    String term_start();

    @Message
    String term_end();

    @Message
    String as_chair();

    @Message
    String meetings_title();

    @Message
    String schedule_meeting();

    @Message
    String meetings_empty();

    @Message
    String kind(MeetingKind kind);

    @Message
    String meeting_status(MeetingStatus status);

    @Message
    String seat_label(SeatCategory seat);

    @Message
    String event(CouncilMemberEvent.Kind kind);

    @Message
    String follow_up_status(FollowUpStatus status);

    @Message
    String rating(FollowUpRating rating);

    @Message
    String history_title();

    @Message
    String former_members();

    @Message
    String former_empty();

    @Message
    String history_events();

    @Message
    String history_empty();

    @Message
    String meeting_kind();

    @Message
    String meeting_title_optional();

    @Message
    String meeting_date();

    @Message
    String meeting_time();

    @Message
    String meeting_place();

    @Message
    String participants();

    @Message
    String participants_hint();

    @Message
    String schedule_submit();

    @Message
    String resolutions_title(String council);

    @Message
    String resolutions_intro();

    @Message
    String resolutions_empty();

    @Message
    String meeting();

    @Message
    String resolution();

    @Message
    String vote_result();

    @Message
    String follow_up();

    @Message
    String passed();

    @Message
    String not_passed();

    @Message
    String vote_counts(int agree, int oppose, int abstain, int present);

    @Message
    String due(LocalDate date);

    @Message
    String not_assigned();

    @Message
    String meeting_when(LocalDate date, LocalTime time);

    @Message
    String cancelled_because(String reason);

    @Message
    String quorum();

    @Message
    String quorum_reached(int members, int present, long minimum);

    @Message
    String quorum_missing(int members, int present, long minimum, long more);

    @Message
    String reload();

    @Message
    String check_in_code();

    @Message
    String check_in();

    @Message
    String check_in_self();

    @Message
    String check_in_member();

    @Message
    String guest_name();

    @Message
    String guest_affiliation();

    @Message
    String check_in_guest();

    @Message
    String attendance();

    @Message
    String attendance_empty();

    @Message
    String guest();

    @Message
    String absent();

    @Message
    String agenda();

    @Message
    String agenda_empty();

    @Message
    String proposal_ref(Long id);

    @Message
    String remove_item();

    @Message
    String speakers();

    @Message
    String views();

    @Message
    String follow_up_link();

    @Message
    String responsible();

    @Message
    String due_date();

    @Message
    String assign_follow_up();

    @Message
    String speakers_hint();

    @Message
    String save_deliberation();

    @Message
    String resolution_text();

    @Message
    String vote_mode();

    @Message
    String show_of_hands();

    @Message
    String roll_call();

    @Message
    String agree();

    @Message
    String oppose();

    @Message
    String abstain();
    @Message String roll_call_choose();

    @Message
    String record_vote();

    @Message
    String add_item();

    @Message
    String accepted_proposal();

    @Message
    String add_proposal_item();

    @Message
    String item_title();

    @Message
    String item_description();

    @Message
    String add_other_item();

    @Message
    String next_steps();

    @Message
    String publish_agenda();

    @Message
    String open_meeting();

    @Message
    String withdraw_reason();

    @Message
    String withdraw_agenda();

    @Message
    String cancel_reason();

    @Message
    String cancel_meeting();

    @Message
    String close_meeting();

    @Message
    String confirm_minutes();

    @Message
    String publish_minutes();

    @Message
    String minutes();

    @Message
    String minutes_draft();

    @Message
    String minutes_confirmed();

    @Message
    String latest_report();

    @Message
    String steps();

    @Message
    String ratings();

    @Message
    String ratings_empty();

    @Message
    String rate_prompt();

    @Message
    String rating_comment();

    @Message
    String rate_submit();

    @Message
    String update_follow_up();

    @Message
    String progress_text();

    @Message
    String add_progress();

    @Message
    String report_text();

    @Message
    String submit_report();

    @Message
    String close_note();

    @Message
    String close_follow_up();

    @Message
    String reopen_reason();

    @Message
    String reopen_follow_up();

    @Message
    String attention_cadence(String council, String monthly, String consultation);

    @Message
    String attention_follow_up_overdue(String responsible, String due);

    @Message
    String attention_meeting(String title, String date);
    @Message String edit_meeting();
    @Message String edit_meeting_help();
    @Message String save_meeting();

    @Message
    String attention_rate_follow_up(String title);
}
