package cn.shangliang.notification;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind has a title and body in both languages; English texts hold no Chinese; arguments render by language. */
class NotificationTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

    private static Properties load(String language) throws Exception {
        Properties p = new Properties();
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream("/i18n/notifications_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKindItsTexts() throws Exception {
        Properties zh = load("zh");
        Properties en = load("en");
        assertEquals(zh.keySet(), en.keySet());
        for (NotificationKind kind : NotificationKind.values()) {
            for (String part : List.of("title", "body")) {
                assertTrue(zh.containsKey("kind." + kind + "." + part), kind + " " + part);
            }
            assertTrue(zh.containsKey("label." + kind), "label of " + kind);
        }
        for (Channel c : Channel.values()) {
            assertTrue(zh.containsKey("channel." + c), "channel " + c);
        }
        for (DeliveryState s : DeliveryState.values()) {
            assertTrue(zh.containsKey("state." + s), "state " + s);
        }
        en.forEach((k, v) -> assertFalse(CJK.matcher((String) v).find(), "Chinese in English text " + k));
    }

    @Test
    void rendersInTheReadersLanguageWithEventArguments() {
        List<String> args = List.of("加装电梯", "event:proposal.answered");
        assertEquals("「加装电梯」：已答复。", NotificationTexts.body(NotificationKind.PROPOSAL_UPDATE, args, "zh"));
        assertEquals("\"加装电梯\": answered.", NotificationTexts.body(NotificationKind.PROPOSAL_UPDATE, args, "en"));
        assertEquals(args, NotificationTexts.decode(NotificationTexts.encode(args)));
    }

    @Test
    void anAssemblyNoticeCannotBeSwitchedOffInApp() {
        assertFalse(NotificationKind.ASSEMBLY_NOTICE.switchable(Channel.IN_APP));
        assertTrue(NotificationKind.ASSEMBLY_NOTICE.switchable(Channel.SMS));
        assertTrue(NotificationKind.ASSEMBLY_REMINDER.switchable(Channel.IN_APP));
        assertFalse(NotificationKind.OWNER_CARD_CHANGED.switchable(Channel.IN_APP));
        assertFalse(NotificationKind.ACCOUNT_PASSWORD_RESET.switchable(Channel.EMAIL));
    }
}
