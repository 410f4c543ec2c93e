package cn.shangliang.common.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Pure: the makers every feature offers under a name (exports, documents), gathered once; a name used twice fails. */
public final class ByName {

    private ByName() {
    }

    public static <S, M> Map<String, M> index(Iterable<S> sources, Function<S, Map<String, M>> offered) {
        Map<String, M> all = new HashMap<>();
        for (S source : sources) {
            for (Map.Entry<String, M> e : offered.apply(source).entrySet()) {
                if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new IllegalStateException("two makers named " + e.getKey());
                }
            }
        }
        return Map.copyOf(all);
    }
}
