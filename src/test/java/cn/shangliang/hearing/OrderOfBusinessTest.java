package cn.shangliang.hearing;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderOfBusinessTest {

    @ParameterizedTest(name = "after {0}: {1} by a representative={2} → {3}")
    @CsvSource(nullValues = "none", value = {
            "none,                      SPONSOR_PRESENTATION,      false, ''",
            "none,                      REPRESENTATIVE_STATEMENTS, true,  hearing.session.sponsor-first",
            "SPONSOR_PRESENTATION,      SPONSOR_PRESENTATION,      false, ''",
            "SPONSOR_PRESENTATION,      REPRESENTATIVE_STATEMENTS, true,  ''",
            "SPONSOR_PRESENTATION,      REPRESENTATIVE_STATEMENTS, false, hearing.session.not-a-representative",
            "SPONSOR_PRESENTATION,      QUESTIONS_AND_DEBATE,      true,  hearing.session.stage-skipped",
            "REPRESENTATIVE_STATEMENTS, REPRESENTATIVE_STATEMENTS, true,  ''",
            "REPRESENTATIVE_STATEMENTS, QUESTIONS_AND_DEBATE,      false, ''",
            "QUESTIONS_AND_DEBATE,      QUESTIONS_AND_DEBATE,      true,  ''",
            "QUESTIONS_AND_DEBATE,      SPONSOR_PRESENTATION,      false, hearing.session.stage-passed",
            "QUESTIONS_AND_DEBATE,      REPRESENTATIVE_STATEMENTS, false, hearing.session.stage-passed hearing.session.not-a-representative"})
    void statementsFollowTheOrderOfBusiness(SessionStage last, SessionStage next, boolean representative, String expected) {
        assertCodes(expected, OrderOfBusiness.checkStatement(last, next, representative));
    }

    @ParameterizedTest(name = "ending after {0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "none,                      hearing.session.no-representative-views",
            "SPONSOR_PRESENTATION,      hearing.session.no-representative-views",
            "REPRESENTATIVE_STATEMENTS, ''",
            "QUESTIONS_AND_DEBATE,      ''"})
    void theSessionEndsOnlyAfterTheRepresentativesSpoke(SessionStage last, String expected) {
        assertCodes(expected, OrderOfBusiness.checkEnd(last));
    }

    @ParameterizedTest
    @CsvSource({"QUESTIONS_AND_DEBATE, SPONSOR_PRESENTATION, 「承办人说明」环节已经结束，现在是「询问与辩论」环节。",
            "SPONSOR_PRESENTATION, QUESTIONS_AND_DEBATE, 「承办人说明」之后应先进入「听证代表陈述意见」环节。"})
    void messagesNameTheStages(SessionStage last, SessionStage next, String message) {
        assertEquals(message, OrderOfBusiness.checkStatement(last, next, true).get(0).message());
    }
}
