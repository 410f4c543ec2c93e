package cn.shangliang.common.web;

import java.math.BigDecimal;

/** Money is kept in fen; people read yuan with two decimals (exact: no floating point). */
public final class Money {

    private Money() {
    }

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
