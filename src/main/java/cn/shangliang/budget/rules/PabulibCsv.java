package cn.shangliang.budget.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Pabulib's CSV dialect: {@code ;} between fields, {@code "} around a field that contains {@code ;} or
 * {@code "}, a {@code "} inside written twice. A record is one line (no Pabulib file breaks a field
 * across lines), which keeps line numbers in errors exact.
 */
final class PabulibCsv {

    private PabulibCsv() {
    }

    static List<String> split(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        int length = line.length();
        int i = 0;
        while (true) {
            if (i < length && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= length) {
                        throw new PabulibFormatException(lineNumber, "unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < length && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                fields.add(field.toString());
                if (i < length && line.charAt(i) != ';') {
                    throw new PabulibFormatException(lineNumber, "text after a closing quote in field " + fields.size());
                }
            } else {
                int end = line.indexOf(';', i);
                fields.add(line.substring(i, end < 0 ? length : end));
                i = end < 0 ? length : end;
            }
            if (i >= length) {
                return fields;
            }
            i++;
        }
    }

    static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(quote(fields.get(i)));
        }
        return line.toString();
    }

    static String quote(String field) {
        boolean plain = true;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("a Pabulib field cannot hold a line break: " + field);
            }
            plain &= c != ';' && c != '"';
        }
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
