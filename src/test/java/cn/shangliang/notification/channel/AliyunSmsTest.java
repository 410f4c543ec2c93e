package cn.shangliang.notification.channel;

import cn.shangliang.notification.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SendSms request checked byte for byte against Alibaba's documented signature example (SMS API docs,
 * "签名机制": AccessKeyId testId, secret testSecret, nonce 45e25e9b-…, timestamp 2017-07-12T02:42:19Z).
 */
class AliyunSmsTest {

    static final String DOC_STRING_TO_SIGN = "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123"
            + "%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4"
            + "%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8"
            + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466"
            + "%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522"
            + "%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25";
    static final String DOC_SIGNATURE = "zJDF+Lrzhj/ThnlvIToysFRq6t4=";
    static final String DOC_QUERY = "Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D&AccessKeyId=testId&Action=SendSms"
            + "&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou"
            + "&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
            + "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
            + "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25";
    static final String NONCE = "45e25e9b-0a6f-4070-8c85-2956eda1b466";
    static final String TIMESTAMP = "2017-07-12T02:42:19Z";

    private static AliyunSms.Message docMessage() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("customer", "test");
        return new AliyunSms.Message("15300000001", "阿里云短信测试专用", "SMS_71390007", params, "123");
    }

    @Test
    void signsTheDocumentedExampleExactly() {
        AliyunSms sms = new AliyunSms("http://127.0.0.1:9/", new AliyunSms.Credentials("testId", "testSecret", "cn-hangzhou"), "XML");
        SortedMap<String, String> p = sms.parameters(docMessage(), NONCE, TIMESTAMP);
        String canonical = AliyunSms.canonicalQuery(p);
        assertEquals(DOC_STRING_TO_SIGN, AliyunSms.stringToSign("GET", canonical));
        assertEquals(DOC_SIGNATURE, AliyunSms.signature("GET", canonical, "testSecret"));
        assertEquals(DOC_QUERY, sms.signedQuery(p));
    }

    @Test
    void sendsTheDocumentedRequestToTheServerByteForByte() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(s -> "<?xml version='1.0' encoding='UTF-8'?><SendSmsResponse>"
                + "<Message>OK</Message><RequestId>F655A8D5-B967-440B-8683-DAD6FF8DE990</RequestId><Code>OK</Code>"
                + "<BizId>900619746936498440^0</BizId></SendSmsResponse>")) {
            AliyunSms sms = new AliyunSms(server.base() + "/", new AliyunSms.Credentials("testId", "testSecret", "cn-hangzhou"), "XML");
            SendResult result = sms.send(docMessage(), NONCE, TIMESTAMP);
            assertEquals(SendResult.sent("900619746936498440^0"), result);
            assertEquals(1, server.seen.size());
            assertEquals("GET", server.seen.get(0).method());
            assertEquals("/", server.seen.get(0).path());
            assertEquals(DOC_QUERY, server.seen.get(0).rawQuery());
        }
    }

    @Test
    void aJsonAnswerWithAnErrorCodeIsMapped() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(s -> "{\"Message\":\"触发分钟级流控Permits:1\",\"RequestId\":\"x\","
                + "\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}")) {
            AliyunSms sms = new AliyunSms(server.base(), new AliyunSms.Credentials("testId", "testSecret", "cn-hangzhou"), "JSON");
            SendResult result = sms.send(docMessage(), NONCE, TIMESTAMP);
            assertEquals(SendResult.Outcome.RETRY, result.outcome());
            assertEquals(DOC_QUERY.replace("Format=XML", "Format=JSON").substring(DOC_QUERY.indexOf('&')),
                    server.seen.get(0).rawQuery().substring(server.seen.get(0).rawQuery().indexOf('&')));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "OK, SENT",
            "SignatureNonceUsed, SENT",
            "isv.BUSINESS_LIMIT_CONTROL, RETRY",
            "isv.AMOUNT_NOT_ENOUGH, RETRY",
            "isp.SYSTEM_ERROR, RETRY",
            "isv.MOBILE_NUMBER_ILLEGAL, FAIL",
            "isv.TEMPLATE_MISSING_PARAMETERS, FAIL",
            "isv.SMS_SIGNATURE_ILLEGAL, FAIL",
            "SignatureDoesNotMatch, FAIL",
            "InvalidAccessKeyId.NotFound, FAIL",
            "some.new.code, RETRY",
    })
    void errorCodesMapToRetryOrFail(String code, SendResult.Outcome expected) {
        assertEquals(expected, AliyunSms.outcome(code, "m", "b").outcome());
    }

    @Test
    void percentEncodingFollowsTheSignatureRules() {
        assertEquals("a%20b%2A~-_.%2F%3D%26%2B", AliyunSms.percentEncode("a b*~-_./=&+"));
    }
}
