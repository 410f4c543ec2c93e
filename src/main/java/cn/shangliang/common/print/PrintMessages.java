package cn.shangliang.common.print;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Labels of printed documents: print_zh.properties / print_en.properties. */
@MessageBundle(value = "print", locale = "zh")
public interface PrintMessages {

    @Message String issuer_community(String community);
    @Message String issuer_estate(String estate);
    @Message String number(String kind, int year, long id);
    @Message String issuer_line(String issuer);
    @Message String seal();
    @Message String date(int year, int month, int day);
    @Message String online();
    @Message String pdf();

    @Message String kind_notice();
    @Message String kind_minutes();
    @Message String kind_hearing();
    @Message String kind_budget();

    @Message String minutes_title(String meeting);
    @Message String invitation_title(String meeting);
    @Message String agenda();
    @Message String invitation_check_in();
    @Message String meeting_facts();
    @Message String when_where(String when, String place);
    @Message String attendance(int members, int present);

    @Message String record_title(String hearing);
    @Message String report_title(String hearing);
    @Message String representatives();
    @Message String statements();
    @Message String seq();
    @Message String stage();
    @Message String speaker();
    @Message String stance();
    @Message String content();
    @Message String name();
    @Message String category();
    @Message String present();
    @Message String sign_off();
    @Message String summary();
    @Message String views_for();
    @Message String views_against();
    @Message String adopted();
    @Message String not_adopted();
    @Message String yes();
    @Message String no();

    @Message String budget_notice_title(String cycle);
    @Message String budget_notice_intro(String ends);
    @Message String project();
    @Message String location();
    @Message String cost_yuan();
    @Message String acceptance_title(String project);
    @Message String acceptance_result();
    @Message String acceptance_items();
    @Message String acceptance_representatives();
    @Message String implementer();
    @Message String contract_yuan();
    @Message String final_yuan();
}
