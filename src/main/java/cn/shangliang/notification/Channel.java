package cn.shangliang.notification;

/** A way a notification reaches its recipient. IN_APP is the inbox and is always written. */
public enum Channel {
    IN_APP, EMAIL, SMS, WECHAT, PAPER
}
