package cn.shangliang.testsupport.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a headless-Chromium test: tagged {@code browser}, skipped (loudly) when Chromium or chromedriver is
 * missing, failed instead when {@code BROWSER_TESTS=required} (system property or environment variable).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
public @interface BrowserTest {
}
