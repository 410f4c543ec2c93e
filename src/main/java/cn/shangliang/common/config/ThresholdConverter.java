package cn.shangliang.common.config;

import cn.shangliang.common.rules.Threshold;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads thresholds such as {@code > 2/3} straight into a {@link Threshold}, so a configured value that is not
 * one fails the start (naming the key) instead of the first count that needs it.
 */
public class ThresholdConverter implements Converter<Threshold> {

    @Override
    public Threshold convert(String value) {
        return Threshold.parse(value == null ? null : value.strip());
    }
}
