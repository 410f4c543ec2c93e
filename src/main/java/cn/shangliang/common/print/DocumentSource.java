package cn.shangliang.common.print;

import java.util.Map;

/**
 * A feature's printable documents, each under a name in the address {@code /documents/{name}/{id}.pdf}. A maker
 * checks the visitor exactly as the document's page does (by calling the same read model).
 */
public interface DocumentSource {

    Map<String, Maker> documents();

    @FunctionalInterface
    interface Maker {
        PrintDocument make(long id, PrintContext c);
    }
}
