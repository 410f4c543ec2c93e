-- The community model: subdistrict → community → estate → building → unit, with owners, residents and
-- organizations. Areas are exact decimals in m².
CREATE TABLE subdistrict (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    UNIQUE KEY uk_subdistrict_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    address        VARCHAR(200) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_community_name (subdistrict_id, name),
    CONSTRAINT fk_community_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES subdistrict (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE estate (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id        BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    address             VARCHAR(200) NULL,
    parking_counts      BOOLEAN      NOT NULL DEFAULT FALSE,
    notice_days         INT          NOT NULL DEFAULT 15,
    version             BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_estate_name (community_id, name),
    CONSTRAINT fk_estate_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE building (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    estate_id BIGINT      NOT NULL,
    name      VARCHAR(60) NOT NULL,
    UNIQUE KEY uk_building_name (estate_id, name),
    CONSTRAINT fk_building_estate FOREIGN KEY (estate_id) REFERENCES estate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    estate_id   BIGINT        NOT NULL,
    building_id BIGINT        NOT NULL,
    number      VARCHAR(30)   NOT NULL,
    area_m2     DECIMAL(12,2) NOT NULL,
    area_source VARCHAR(12)   NOT NULL,
    parking     BOOLEAN       NOT NULL DEFAULT FALSE,
    delivered   BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_unit_number (building_id, number),
    KEY ix_unit_estate (estate_id),
    CONSTRAINT fk_unit_building FOREIGN KEY (building_id) REFERENCES building (id),
    CONSTRAINT fk_unit_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT ck_unit_area CHECK (area_m2 > 0),
    CONSTRAINT ck_unit_area_source CHECK (area_source IN ('REGISTERED', 'SURVEYED', 'CONTRACT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An owner-identity within one estate: a person, an organization or the developer. Identity numbers are kept
-- only as a salted hash (to recognise the same owner again) and a masked form (to show).
CREATE TABLE owner (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    estate_id   BIGINT       NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    id_hash     CHAR(64)     NOT NULL,
    id_masked   VARCHAR(40)  NOT NULL,
    phone       VARCHAR(20)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_owner_identity (estate_id, id_hash),
    CONSTRAINT fk_owner_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT ck_owner_kind CHECK (kind IN ('PERSON', 'ORGANIZATION', 'DEVELOPER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who owns which unit; a co-owned unit has several rows, exactly one of them the designated voter.
CREATE TABLE ownership (
    id               BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT  NOT NULL,
    owner_id         BIGINT  NOT NULL,
    designated_voter BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE KEY uk_ownership (unit_id, owner_id),
    KEY ix_ownership_owner (owner_id),
    CONSTRAINT fk_ownership_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_ownership_owner FOREIGN KEY (owner_id) REFERENCES owner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    unit_id      BIGINT       NULL,
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT fk_household_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_household_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    household_id BIGINT       NULL,
    account_id   BIGINT       NULL,
    name         VARCHAR(100) NOT NULL,
    phone        VARCHAR(20)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_resident_account (account_id),
    KEY ix_resident_community (community_id),
    CONSTRAINT fk_resident_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_resident_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_resident_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Social organizations, local units, the owners' committee and the property company of a community.
CREATE TABLE organization (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    estate_id    BIGINT       NULL,
    kind         VARCHAR(30)  NOT NULL,
    name         VARCHAR(150) NOT NULL,
    CONSTRAINT fk_organization_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_organization_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT ck_organization_kind CHECK (kind IN ('SOCIAL_ORGANIZATION', 'LOCAL_UNIT', 'OWNERS_COMMITTEE',
                                                    'PROPERTY_COMPANY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
