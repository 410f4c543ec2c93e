package cn.shangliang.testsupport.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides before the app even starts whether a browser test can run. Missing browser: skip with a message
 * saying how to install it, unless browser tests are required (CI), where a skip would hide a broken setup.
 */
public class BrowserAvailable implements ExecutionCondition {

    public static final String SWITCH = "BROWSER_TESTS";
    private static final String INSTALL = "sudo apt-get install chromium chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        String message = "BROWSER TESTS NOT RUN: " + missing + " not found. Install with: " + INSTALL
                + " (set " + SWITCH + "=required to make this a failure)";
        if (required()) {
            throw new IllegalStateException(message.replace("NOT RUN", "REQUIRED BUT CANNOT RUN"));
        }
        System.err.println("\n" + "!".repeat(100) + "\n!!! " + message + "\n" + "!".repeat(100) + "\n");
        return ConditionEvaluationResult.disabled(message);
    }

    static boolean required() {
        String value = System.getProperty(SWITCH, System.getenv(SWITCH));
        return "required".equalsIgnoreCase(value);
    }

    private static String missing() {
        StringBuilder missing = new StringBuilder();
        for (Path binary : new Path[]{Chromium.browserBinary(), Chromium.driverBinary()}) {
            if (!Files.isExecutable(binary)) {
                missing.append(missing.length() == 0 ? "" : " and ").append(binary);
            }
        }
        return missing.length() == 0 ? null : missing.toString();
    }
}
