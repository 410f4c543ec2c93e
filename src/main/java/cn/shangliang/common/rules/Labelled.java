package cn.shangliang.common.rules;

/** A value residents see; the label is the Chinese default until message bundles take over. */
public interface Labelled {
    String label();
}
