package cn.shangliang.common.export;

import java.util.Map;

/**
 * A feature's downloadable tables, each under a name in the address {@code /exports/{name}/{id}}. A maker checks
 * the visitor as the feature's page does (it calls the same read model) and returns the export; an unknown id is a
 * 404, a visitor who may not read the page gets the page's refusal.
 */
public interface ExportSource {

    Map<String, Maker> exports();

    @FunctionalInterface
    interface Maker {
        Export make(long id, ExportContext context);
    }
}
