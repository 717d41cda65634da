package th.go.cdd.clickreport.reporting;

import java.util.List;

import th.go.cdd.clickreport.common.ThaiFormat;

/** What reports.html shows, made from the service's {@link ProvinceOverview}, in Thai. */
record ProvincePageView(String provinceCode, String provinceName, String month, String monthTh, String deadlineTh,
		List<String[]> provinceChoices, int districts, int submitted, int onTime, int late, int returned, int accepted,
		int drafts, int notStarted, String completenessTh, String timelinessTh, List<Row> rows, List<NationRow> nation,
		String staleNote) {

	record Row(String code, String nameTh, String stateTh, String stateClass, String submittedAtTh, String projected,
			String graded) {
	}

	/** One province of the country's table (for a national account). */
	record NationRow(String code, String nameTh, int districts, int submitted, String completenessTh,
			String timelinessTh) {

		static NationRow of(ProvinceOverview o) {
			return new NationRow(o.provinceCode(), o.provinceName(), o.districts(), o.submitted(),
					ReportPageText.percent(o.completenessPercent()), ReportPageText.percent(o.timelinessPercent()));
		}

	}

	static ProvincePageView of(ProvinceOverview o, List<String[]> provinceChoices, List<NationRow> nation,
			String staleNote, String deadlineTh) {
		List<Row> rows = o.rows()
			.stream()
			.map(r -> new Row(r.districtCode(), r.nameTh(), ReportPageText.state(r.state(), r.status()),
					ReportPageText.stateClass(r.state(), r.status()), ReportPageText.dateTime(r.submittedAt()),
					r.projectedLevel(), r.gradedLevel()))
			.toList();
		return new ProvincePageView(o.provinceCode(), o.provinceName(), o.month().toString(),
				ThaiFormat.month(o.month()), deadlineTh, provinceChoices, o.districts(), o.submitted(), o.onTime(),
				o.late(), o.returned(), o.accepted(), o.drafts(), o.notStarted(),
				ReportPageText.percent(o.completenessPercent()), ReportPageText.percent(o.timelinessPercent()), rows,
				nation, staleNote);
	}

}
