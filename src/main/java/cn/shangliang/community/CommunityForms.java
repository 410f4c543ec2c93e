package cn.shangliang.community;

import cn.shangliang.common.text.Typed;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import java.math.BigDecimal;
import java.util.List;

/**
 * What callers send to change the community model, pages and API alike. The records trim what was typed (blank
 * is absent) and the services are {@code @Valid}: constraint messages are errors-bundle codes, their bounds
 * fill the codes' arguments. Rules that need the database (a building of this estate, an unused account) stay
 * in the services.
 */
public final class CommunityForms {

    /** Phone numbers as people type them: digits, +, -, brackets and spaces. */
    static final String PHONE = "[0-9+\\-() ]{3,20}";

    private CommunityForms() {
    }

    public record CommunityForm(@NotBlank(message = "field.not-blank") @Size(max = 100, message = "field.max-length")
                                String name,
                                @Size(max = 200, message = "field.max-length") String address) {

        public CommunityForm {
            name = trimmed(name);
            address = trimmed(address);
        }
    }

    /**
     * An estate and its own assembly rules (issue 18): whether parking spaces count and the silent-owners clause,
     * each with the clause of the estate's rules it comes from. The notice period is 15 days unless set.
     */
    public record EstateForm(@NotBlank(message = "field.not-blank") @Size(max = 100, message = "field.max-length")
                             String name,
                             @Size(max = 200, message = "field.max-length") String address,
                             Boolean parkingCounts,
                             @Range(min = 15, max = 90, message = "field.estate.notice-days") Integer noticeDays,
                             @Size(max = 500, message = "field.max-length") String parkingCitation,
                             Boolean silentClause,
                             @Size(max = 500, message = "field.max-length") String silentCitation) {

        public EstateForm {
            name = trimmed(name);
            address = trimmed(address);
            noticeDays = noticeDays == null ? 15 : noticeDays;
            parkingCitation = trimmed(parkingCitation);
            silentCitation = trimmed(silentCitation);
        }

        public EstateForm(String name, String address, Boolean parkingCounts, Integer noticeDays) {
            this(name, address, parkingCounts, noticeDays, null, null, null);
        }

        boolean silent() {
            return Boolean.TRUE.equals(silentClause);
        }
    }

    public record BuildingForm(@NotBlank(message = "field.not-blank") @Size(max = 60, message = "field.max-length")
                               String name) {

        public BuildingForm {
            name = trimmed(name);
        }
    }

    /** A unit; its number is given when the unit is created ({@link New}) and fixed after. */
    public record UnitForm(Long buildingId,
                           @NotBlank(message = "field.not-blank", groups = New.class)
                           @Size(max = 30, message = "field.max-length", groups = New.class) String number,
                           @JsonDeserialize(using = AreaText.class) @SquareMetres BigDecimal areaM2,
                           @NotNull(message = "field.unit.area-source") AreaSource areaSource, Boolean parking,
                           Boolean delivered) {

        /** The constraints of a new unit. */
        public interface New {
        }

        public UnitForm {
            number = trimmed(number);
        }

        /** Delivered unless said otherwise (the API may leave it out). */
        boolean deliveredOrDefault() {
            return delivered == null || delivered;
        }
    }

    /**
     * The unit form of the pages: an unticked box is "no" (the API's {@link UnitForm} reads a missing
     * {@code delivered} as delivered).
     */
    public record UnitPageForm(Long buildingId, String number,
                               @JsonDeserialize(using = AreaText.class) BigDecimal areaM2, AreaSource areaSource,
                               boolean parking, boolean delivered) {

        public UnitForm form() {
            return new UnitForm(buildingId, number, areaM2, areaSource, parking, delivered);
        }
    }

    public record OwnerForm(@NotNull(message = "field.owner.kind") OwnerKind kind,
                            @NotBlank(message = "field.not-blank") @Size(max = 100, message = "field.max-length")
                            String name,
                            String identityNumber,
                            @Size(max = 20, message = "field.max-length") @Pattern(regexp = PHONE, message = "field.phone")
                            String phone) {

        public OwnerForm {
            name = trimmed(name);
            phone = trimmed(Typed.normalize(phone));
        }
    }

    public record ShareForm(Long ownerId, boolean designatedVoter) {
    }

    public record OwnershipForm(List<ShareForm> owners) {

        public OwnershipForm {
            owners = owners == null ? List.of() : owners;
        }
    }

    public record ResidentForm(@NotBlank(message = "field.not-blank") @Size(max = 100, message = "field.max-length")
                               String name,
                               @Size(max = 20, message = "field.max-length") @Pattern(regexp = PHONE, message = "field.phone")
                               String phone,
                               Long householdId, Long accountId) {

        public ResidentForm {
            name = trimmed(name);
            phone = trimmed(Typed.normalize(phone));
        }
    }

    public record HouseholdForm(@NotBlank(message = "field.not-blank") @Size(max = 100, message = "field.max-length")
                                String name,
                                Long unitId) {

        public HouseholdForm {
            name = trimmed(name);
        }
    }

    public record OrganizationForm(@NotNull(message = "field.organization.kind") OrganizationKind kind,
                                   @NotBlank(message = "field.not-blank") @Size(max = 150, message = "field.max-length")
                                   String name,
                                   Long estateId) {

        public OrganizationForm {
            name = trimmed(name);
        }
    }

    /** What was typed without the spaces around it; blank is absent. */
    static String trimmed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
