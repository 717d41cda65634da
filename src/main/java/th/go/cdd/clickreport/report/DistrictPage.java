package th.go.cdd.clickreport.report;

/** A graded district whose page is to be rendered. */
public record DistrictPage(String provinceCode, String districtCode) {
}
