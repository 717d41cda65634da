-- Thai administrative areas (DOPA geocodes). Rows are loaded from the reference CSV files by the
-- Java migration V3_1 (area/V3_1__Load_reference_areas), which keeps the facts as CSV with their licence.
CREATE TABLE province (
    code      VARCHAR(2)   NOT NULL PRIMARY KEY,
    name_th   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL
);

CREATE TABLE district (
    code          VARCHAR(4)   NOT NULL PRIMARY KEY,
    province_code VARCHAR(2)   NOT NULL,
    name_th       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    CONSTRAINT fk_district_province FOREIGN KEY (province_code) REFERENCES province (code)
);
CREATE INDEX ix_district_province ON district (province_code, code);

CREATE TABLE subdistrict (
    code          VARCHAR(6)   NOT NULL PRIMARY KEY,
    district_code VARCHAR(4)   NOT NULL,
    name_th       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    CONSTRAINT fk_subdistrict_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_subdistrict_district ON subdistrict (district_code, code);
