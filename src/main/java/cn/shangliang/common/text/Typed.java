package cn.shangliang.common.text;

import java.text.Normalizer;

/**
 * What a person typed, in the form the rules compare: Unicode NFKC, so that full-width digits and letters from a
 * Chinese input method (８０００, ＡＢ, the ideographic space) become their ASCII twins. Every field where digits are
 * typed (card numbers, PINs, phone numbers, identity numbers, roster cells) passes through here before it is
 * checked, hashed or stored, so the same number typed two ways is the same number (docs/rules/typed-digits.md).
 */
public final class Typed {

    private Typed() {
    }

    /** NFKC of {@code typed}; null stays null. */
    public static String normalize(String typed) {
        return typed == null ? null : Normalizer.normalize(typed, Normalizer.Form.NFKC);
    }
}
