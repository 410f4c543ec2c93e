package cn.shangliang.testsupport.browser;

import cn.shangliang.testsupport.Fixtures;

/** A browser logged in through the login page, as a person would: the one way browser tests start a session. */
public final class BrowserLogin {

    private BrowserLogin() {
    }

    /** A new browser logged in as {@code user} (password {@link Fixtures#PASSWORD}), on the home page. */
    public static Chromium login(String root, Fixtures.User user) {
        return login(root, user, "/");
    }

    /** A new browser logged in as {@code user}, on the page {@code next} the login leads to. */
    public static Chromium login(String root, Fixtures.User user, String next) {
        Chromium browser = Chromium.start();
        try {
            browser.open(root + "/login" + ("/".equals(next) ? "" : "?next=" + next));
            browser.type("#login", user.username());
            browser.type("#password", Fixtures.PASSWORD);
            browser.click("form[action='/login'] button[type=submit]");
            browser.waitForUrl("the page after the login, " + next, url -> url.equals(root + next));
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }
}
