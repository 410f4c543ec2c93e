package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What the account pages and API show; entities never leave the services. */
public final class AccountViews {

    private AccountViews() {
    }

    public record NewAccount(@Username String username,
                             @NotBlank(message = "field-required") @Size(max = 100, message = "field-too-long")
                             String displayName,
                             @Size(max = 20, message = "field-too-long")
                             @Pattern(regexp = PHONE, message = "phone-format") String phone,
                             @NotNull(message = "role-required") Role role, Long communityId, Long subdistrictId) {

        public NewAccount {
            username = trimmed(username);
            displayName = trimmed(displayName);
            phone = trimmed(phone);
        }
    }

    public record GrantRequest(@NotNull(message = "role-required") Role role, Long communityId, Long subdistrictId) {
    }

    /** A phone number as staff type it for an account: digits, +, -, brackets and spaces. */
    static final String PHONE = "[0-9+\\-() ]{5,20}";

    /** What was typed without the spaces around it; blank is absent (so an optional field left empty is valid). */
    static String trimmed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The printable slip of a new or reset account; the code is shown only here, once. */
    /** {@code sent}: the code was also queued to the person (a text to their phone, or their e-mail or WeChat). */
    public record ActivationSlip(long accountId, String username, String displayName, String code,
                                 Instant expiresAt, boolean sent) {
    }

    public record GrantView(long id, Role role, Scope.Type scopeType, long scopeId, String scopeName,
                            String grantedBy, Instant createdAt, boolean revocable) {
    }

    public record AccountRow(long id, String username, String displayName, String phone, boolean enabled,
                             Instant lastLoginAt, List<Role> roles) {
    }

    public record AccountDetail(long id, String username, String displayName, String phone, boolean enabled,
                                boolean activated, Instant createdAt, String createdBy, Instant lastLoginAt,
                                List<GrantView> grants, boolean manageable, SignupView signup) {
    }

    public record SignupView(long id, long accountId, long communityId, String communityName, String name,
                             String phone, String building, String room, ResidentSignup.Status status,
                             String reason, Long residentId, Instant createdAt) {
        static SignupView of(ResidentSignup s, String communityName) {
            return new SignupView(s.id, s.accountId, s.communityId, communityName, s.name, s.phone, s.building,
                    s.room, s.status, s.reason, s.residentId, s.createdAt);
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
