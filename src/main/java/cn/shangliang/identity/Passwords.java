package cn.shangliang.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;

/** bcrypt hashes for passwords and card PINs. */
public final class Passwords {

    private static final int COST = 10;

    private Passwords() {
    }

    public static String hash(String secret) {
        return BcryptUtil.bcryptHash(secret, COST);
    }

    /**
     * A hash of a random secret, compared when the account or card does not exist, so timing tells nothing. Made
     * on first use (a holder class), not while the login page's beans are created: bcrypt is a tenth of a second.
     */
    public static String dummyHash() {
        return Dummy.HASH;
    }

    private static final class Dummy {
        static final String HASH = hash(java.util.UUID.randomUUID().toString());
    }

    public static boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(stored), secret.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
