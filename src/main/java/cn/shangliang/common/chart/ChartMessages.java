package cn.shangliang.common.chart;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Labels of the charts: chart_zh.properties / chart_en.properties. */
@MessageBundle(value = "chart", locale = "zh")
public interface ChartMessages {

    @Message String area_taking_part();
    @Message String heads_taking_part();
    @Message String area_agreeing();
    @Message String heads_agreeing();
    @Message String area_of(String part, String whole, String percent);
    @Message String heads_of(long part, long whole, String percent);
    @Message String quorum(String rule);
    @Message String required(String rule);
    @Message String at_least(long numerator, long denominator);
    @Message String more_than(long numerator, long denominator);
    @Message String present();
    @Message String people_of(long part, long whole);
    @Message String at_least_people(long minimum);
    @Message String budget_line(String yuan);
    @Message String project_votes(long supporters, String cost, String cumulative);
    @Message String score_of(String score, long ratings);
    @Message String grade_floor(String grade, int floor);
    @Message String caption_result();
    @Message String caption_turnout();
    @Message String caption_attendance();
    @Message String caption_budget();
    @Message String caption_grade();
}
