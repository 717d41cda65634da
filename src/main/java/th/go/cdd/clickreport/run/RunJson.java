package th.go.cdd.clickreport.run;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import th.go.cdd.clickreport.delivery.RunDeliveries;
import th.go.cdd.clickreport.grading.ProvinceSelection;

/** The runs API's JSON documents; their field names are the API's (see the README). */
final class RunJson {

	private RunJson() {
	}

	/**
	 * A run's own links, and its files' where the run is of one province (the archive is
	 * by province).
	 */
	record Links(String self, String page, @JsonInclude(JsonInclude.Include.NON_NULL) String reports) {

		static Links of(long id, String province, String month) {
			return new Links("/api/runs/" + id, "/runs/" + id,
					ProvinceSelection.single(province) ? "/api/reports/" + province + "/" + month : null);
		}

	}

	/** A run in the list. */
	record Summary(long id, String province, String provinceName, String month, String status, String startedAt,
			String finishedAt, Double durationSeconds, int districtsGraded, int notes, String launchedBy, Links links) {

		static Summary of(RunHistory.RunSummary run) {
			return new Summary(run.id(), run.province(), run.provinceName(), run.month(), run.status().name(),
					run.startedAt() == null ? null : run.startedAt().toString(),
					run.finishedAt() == null ? null : run.finishedAt().toString(),
					run.duration() == null ? null : run.duration().toMillis() / 1000.0, run.districtsGraded(),
					run.notes(), run.launchedBy(), Links.of(run.id(), run.province(), run.month()));
		}

	}

	/** A step of a run with Spring Batch's counts. */
	record Step(String name, String nameTh, String status, String statusTh, long read, long written, long filtered,
			long skipped, long commits, String duration) {

		static Step of(RunHistory.StepRow step) {
			return new Step(step.name(), step.nameTh(), step.status().name(), step.statusTh(), step.read(),
					step.written(), step.filtered(), step.skipped(), step.commits(), step.durationText());
		}

	}

	/** What the run page's progress poll reads. */
	record Progress(long id, String status, String statusTh, boolean running, String durationText, int districtsTotal,
			long districtsRead, long summarized, long pagesWritten, List<Step> steps) {

		static Progress of(RunHistory.RunDetail detail) {
			RunHistory.RunSummary run = detail.run();
			return new Progress(run.id(), run.status().name(), run.statusTh(), run.running(), run.durationText(),
					detail.districtsTotal(), detail.districtsRead(), detail.summarized(), detail.pagesWritten(),
					detail.steps().stream().map(Step::of).toList());
		}

	}

	/**
	 * One run: its summary, how it ran ({@code kind}), why it failed as one Thai sentence
	 * (the exit description, a stack trace often, stays in the log), its progress and its
	 * delivery.
	 */
	record Detail(long id, String province, String provinceName, String month, String status, String startedAt,
			String finishedAt, Double durationSeconds, int districtsGraded, int notes, String launchedBy, Links links,
			String kind, String failure, boolean latestOfMonth, String statusTh, boolean running, String durationText,
			int districtsTotal, long districtsRead, long summarized, long pagesWritten, List<Step> steps,
			RunDeliveries.Json delivery) {

		static Detail of(RunHistory.RunDetail detail, RunDeliveries.Json delivery) {
			Summary s = Summary.of(detail.run());
			Progress p = Progress.of(detail);
			return new Detail(s.id(), s.province(), s.provinceName(), s.month(), s.status(), s.startedAt(),
					s.finishedAt(), s.durationSeconds(), s.districtsGraded(), s.notes(), s.launchedBy(), s.links(),
					detail.kind().name(), detail.failureTh(), detail.latestOfMonth(), p.statusTh(), p.running(),
					p.durationText(), p.districtsTotal(), p.districtsRead(), p.summarized(), p.pagesWritten(),
					p.steps(), delivery);
		}

	}

	/** The answer to a launch: the run's id and how it runs. */
	record Launched(long id, String kind, String status, String province, String month, Links links) {
	}

}
