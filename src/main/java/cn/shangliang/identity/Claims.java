package cn.shangliang.identity;

import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reading the app's own claims from a verified token. */
public final class Claims {

    private Claims() {
    }

    /** Numeric claims arrive as JSON numbers or as Java numbers depending on how the token was parsed. */
    public static Long longClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
