package cn.shangliang.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.math.BigDecimal;
import java.util.List;

/** What callers send to change the community model; checked by the services (pages and API alike). */
public final class CommunityForms {

    private CommunityForms() {
    }

    public record CommunityForm(String name, String address) {
    }

    /**
     * An estate and its own assembly rules (issue 18): whether parking spaces count and the silent-owners clause,
     * each with the clause of the estate's rules it comes from.
     */
    public record EstateForm(String name, String address, Boolean parkingCounts, Integer noticeDays,
                             String parkingCitation, Boolean silentClause, String silentCitation) {

        public EstateForm(String name, String address, Boolean parkingCounts, Integer noticeDays) {
            this(name, address, parkingCounts, noticeDays, null, null, null);
        }
    }

    public record BuildingForm(String name) {
    }

    public record UnitForm(Long buildingId, String number, @JsonDeserialize(using = AreaText.class) BigDecimal areaM2,
                           AreaSource areaSource, Boolean parking,
                           Boolean delivered) {
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

    public record OwnerForm(OwnerKind kind, String name, String identityNumber, String phone) {
    }

    public record ShareForm(Long ownerId, boolean designatedVoter) {
    }

    public record OwnershipForm(List<ShareForm> owners) {
    }

    public record ResidentForm(String name, String phone, Long householdId, Long accountId) {
    }

    public record HouseholdForm(String name, Long unitId) {
    }

    public record OrganizationForm(OrganizationKind kind, String name, Long estateId) {
    }
}
