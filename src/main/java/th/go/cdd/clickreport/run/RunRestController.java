package th.go.cdd.clickreport.run;

import java.net.URI;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import th.go.cdd.clickreport.delivery.RunDeliveries;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * The runs API: list and read runs, and launch a month ({@code POST /api/runs} with
 * {@code {"province":"57","month":"2024-05"}}): 202 with the run id, 409 when the month is running,
 * 400 with the reason when it cannot run. Errors are RFC 9457 problem documents.
 */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunRestController {

	private final RunHistory history;

	private final RunLaunches launches;

	private final String defaultProvince;

	private final RunDeliveries deliveries;

	RunRestController(RunHistory history, RunLaunches launches,
			ClickSettings settings, RunDeliveries deliveries) {
		this.history = history;
		this.launches = launches;
		this.defaultProvince = settings.defaultProvince();
		this.deliveries = deliveries;
	}

	record LaunchRequest(String province, String month) {
	}

	@GetMapping
	List<Map<String, Object>> runs(@RequestParam(required = false) String province,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "0") int offset, Authentication who) {
		YearMonth reportMonth = month == null ? null : ReportMonths.parse(month);
		String only = RunAccess.limit(who);
		if (only != null && province != null && !province.strip().equals(only)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"บัญชีนี้ดูได้เฉพาะการประมวลผลของจังหวัด " + only);
		}
		return history.list(province, reportMonth, Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0), only)
			.stream()
			.map(RunRestController::summary)
			.toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> run(@PathVariable long id, Authentication who) {
		RunHistory.RunDetail detail = history.find(id)
			.filter(d -> RunAccess.maySee(who, d.run().province()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีการประมวลผลครั้งที่ " + id));
		Map<String, Object> json = summary(detail.run());
		json.put("kind", detail.kind());
		// one Thai sentence; the exit description (a stack trace, often) stays in the log
		json.put("failure", detail.failureTh());
		json.put("latestOfMonth", detail.latestOfMonth());
		json.putAll(progress(detail));
		json.put("delivery", deliveries.json(id));
		return json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> launch(@RequestBody LaunchRequest request, Authentication who,
			HttpServletRequest http) {
		if (request.month() == null || request.month().isBlank()) {
			throw new IllegalArgumentException("Give the month to run as \"month\": \"YYYY-MM\", e.g. \"2024-05\".");
		}
		String limit = RunAccess.limit(who);
		String province = request.province() == null || request.province().isBlank()
				? (limit != null ? limit : defaultProvince) : request.province().strip();
		RunAccess.checkLaunch(who, province);
		YearMonth month = ReportMonths.parse(request.month());
		RunLaunches.Started started = launches.start(province, month, who.getName(), http.getRemoteAddr());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", started.runId());
		json.put("kind", started.kind().name());
		json.put("status", started.status());
		json.put("province", province);
		json.put("month", month.toString());
		json.put("links", links(started.runId(), province, month.toString()));
		return ResponseEntity.accepted().location(URI.create("/api/runs/" + started.runId())).body(json);
	}

	static Map<String, Object> summary(RunHistory.RunSummary run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", run.id());
		json.put("province", run.province());
		json.put("provinceName", run.provinceName());
		json.put("month", run.month());
		json.put("status", run.status());
		json.put("startedAt", run.startedAt() == null ? null : run.startedAt().toString());
		json.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
		json.put("durationSeconds", run.duration() == null ? null : run.duration().toMillis() / 1000.0);
		json.put("districtsGraded", run.districtsGraded());
		json.put("notes", run.notes());
		json.put("launchedBy", run.launchedBy());
		json.put("links", links(run.id(), run.province(), run.month()));
		return json;
	}

	/** What the progress poll and the API show of a run's steps. */
	static Map<String, Object> progress(RunHistory.RunDetail detail) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", detail.run().id());
		json.put("status", detail.run().status());
		json.put("statusTh", detail.run().statusTh());
		json.put("running", detail.run().running());
		json.put("durationText", detail.run().durationText());
		json.put("districtsTotal", detail.districtsTotal());
		json.put("districtsRead", detail.districtsRead());
		json.put("summarized", detail.summarized());
		json.put("pagesWritten", detail.pagesWritten());
		json.put("steps", detail.steps().stream().map(step -> {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", step.name());
			s.put("nameTh", step.nameTh());
			s.put("status", step.status());
			s.put("statusTh", step.statusTh());
			s.put("read", step.read());
			s.put("written", step.written());
			s.put("filtered", step.filtered());
			s.put("skipped", step.skipped());
			s.put("commits", step.commits());
			s.put("duration", step.durationText());
			return s;
		}).toList());
		return json;
	}

	/** The run's own links, and its files' where the run is of one province (the archive is by province). */
	private static Map<String, String> links(long id, String province, String month) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api/runs/" + id);
		links.put("page", "/runs/" + id);
		if (ProvinceSelection.single(province)) {
			links.put("reports", "/api/reports/" + province + "/" + month);
		}
		return links;
	}

}
