package cn.shangliang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightTest {

    private static String render(List<Highlight.Part> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.hit() ? "[" + p.text() + "]" : p.text()));
        return s.toString();
    }

    @Test
    void marksEveryMatchInTheWindowIgnoringCaseAndWidth() {
        assertEquals("三楼[电梯]坏了，[电梯]要修", render(Highlight.parts("三楼电梯坏了，电梯要修", "电梯")));
        assertEquals("[ＡＢＣ]电梯，好", render(Highlight.parts("ＡＢＣ电梯，好", "abc")));
    }

    @Test
    void longTextsAreCutAroundTheFirstMatch() {
        String text = "前".repeat(100) + "目标" + "后".repeat(100);
        assertEquals("…" + "前".repeat(30) + "[目标]" + "后".repeat(30) + "…", render(Highlight.parts(text, "目标")));
        assertEquals("无".repeat(60) + "…", render(Highlight.parts("无".repeat(100), "目标")));
    }
}
