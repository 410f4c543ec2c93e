package cn.shangliang.identity;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.common.config.SiteConfig;
import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.community.Subdistrict;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * The first run (docs/operations.md): while no setup has completed, every start makes a new one-time setup token,
 * prints it once in the log and writes it to {@code <data>/setup-token} (0600); {@code /setup} with that token
 * creates the subdistrict and its first administrator, once. Never with demo data, and never again after.
 */
@ApplicationScoped
public class SetupService {

    private static final Logger LOG = Logger.getLogger(SetupService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String TOKEN_FILE = "setup-token";

    /** The first run's form; the token, a taken username and the password are the service's rules. */
    public record SetupForm(String token,
                            @NotBlank(message = "field-required") @Size(max = 100, message = "field-too-long")
                            String subdistrict,
                            @Username String username,
                            @NotBlank(message = "field-required") @Size(max = 100, message = "field-too-long")
                            String displayName,
                            String password, String confirm) {

        public SetupForm {
            subdistrict = AccountViews.trimmed(subdistrict);
            username = AccountViews.trimmed(username);
            displayName = AccountViews.trimmed(displayName);
        }
    }

    public record Done(long subdistrictId, long accountId, String username) {
    }

    @Inject
    SiteConfig site;

    @Inject
    RequestCheck requests;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    void onStart(@Observes StartupEvent event) {
        String token = openIfNeeded();
        if (token == null) {
            return;
        }
        Path file = Path.of(site.dataDir(), TOKEN_FILE).toAbsolutePath();
        writeSecret(file, token);
        LOG.infof("First run: open /setup with the one-time setup token %s (also in %s). It works until setup "
                + "is done and is replaced at every start.", token, file);
    }

    /** A new token when setup is still open; null when demo data is on or setup is done. */
    @Transactional
    String openIfNeeded() {
        SetupState state = SetupState.locked();
        if (site.demoData() || state.completedAt != null) {
            return null;
        }
        if (RoleGrant.count("role", Role.SUBDISTRICT_ADMIN) > 0) {
            // a database from before this feature already has its administrators
            state.completedAt = Instant.now(Clocks.REAL);
            state.completedBy = "existing";
            return null;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        state.tokenHash = ActivationCodes.hash(token);
        state.createdAt = Instant.now(Clocks.REAL);
        return token;
    }

    /** Whether /setup is open (a token exists and setup has not completed). */
    @Transactional
    public boolean open() {
        SetupState state = SetupState.findById(SetupState.ROW);
        return !site.demoData() && state.completedAt == null && state.tokenHash != null;
    }

    @Transactional
    public Done complete(SetupForm form) {
        SetupState state = SetupState.locked();
        if (site.demoData() || state.completedAt != null || state.tokenHash == null) {
            throw Refusal.of(RuleViolation.conflict("setup-done"));
        }
        if (form.token() == null || !state.tokenHash.equals(ActivationCodes.hash(form.token().strip()))) {
            throw Refusal.of(RuleViolation.forbidden("setup-token-wrong"));
        }
        requests.valid(form, f -> Stream.concat(AccountService.taken(f.username(), null).stream(),
                PasswordRules.errors(f.username(), f.password(), f.confirm()).stream()).toList());
        String name = form.subdistrict();
        String username = form.username();
        Subdistrict s = new Subdistrict();
        s.name = name;
        s.persist();
        Account a = accounts.store(new AccountService.Creation(username, form.displayName(), null,
                Passwords.hash(form.password()), "setup", s.id, null));
        RoleGrant g = RoleGrant.of(a.id, Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, s.id);
        g.grantedBy = "setup";
        g.persist();
        state.completedAt = Instant.now(Clocks.REAL);
        state.completedBy = CurrentUser.ACCOUNT_PREFIX + a.id;
        state.tokenHash = null;
        audit.record("setup", "setup.complete", "subdistrict", s.id, name + " " + username);
        deleteQuietly(Path.of(site.dataDir(), TOKEN_FILE));
        return new Done(s.id, a.id, username);
    }

    private static void writeSecret(Path file, String token) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            LOG.warnf("could not write the setup token to %s: %s (it is in this log only)", file, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", file, e.getMessage());
        }
    }
}
