package th.go.cdd.clickreport.grading;

import java.time.YearMonth;

import th.go.cdd.clickreport.rubric.Grade;

/** A district's grade for a month, as the grading step writes it. */
record GradedDistrict(DistrictToGrade district, YearMonth month, long jobExecutionId, Grade grade) {
}
