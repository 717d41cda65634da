package th.go.cdd.clickreport.grading;

/** A district as the grading step reads it: one item of the chunked step. */
public record DistrictToGrade(String code, String provinceCode, String nameTh, int subdistricts) {
}
