package cn.shangliang.common.rules;

import java.util.Comparator;

/**
 * Pure: orders names as people count them, so 1栋, 2栋 … 10栋 and 2-101 before 10-101. Runs of digits
 * compare by value (leading zeros ignored, then the shorter run first so "01" sits next to "1"), everything else
 * by character. A total order consistent with equals.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Leading zeros off, keeping the last digit ("000" is "0"); no regex: a count sorts with this (issue 17). */
    private static String stripZeros(String digits) {
        int from = 0;
        while (from < digits.length() - 1 && digits.charAt(from) == '0') {
            from++;
        }
        return digits.substring(from);
    }

    /** Compares digit runs of any length without overflow: strip zeros, then length, then digit by digit. */
    private static int compareNumbers(String x, String y) {
        String sx = stripZeros(x);
        String sy = stripZeros(y);
        if (sx.length() != sy.length()) {
            return Integer.compare(sx.length(), sy.length());
        }
        int byDigits = sx.compareTo(sy);
        return byDigits != 0 ? byDigits : Integer.compare(x.length(), y.length());
    }
}
