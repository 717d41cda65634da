package th.go.cdd.clickreport.grading;

import th.go.cdd.clickreport.rubric.DistrictMonth;

/** One item of the grading step: a district and what it submitted for the month. */
record GradingInput(DistrictToGrade district, DistrictMonth facts) {
}
