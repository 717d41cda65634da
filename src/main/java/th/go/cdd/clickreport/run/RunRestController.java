package th.go.cdd.clickreport.run;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

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
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * The runs API: list and read runs, and launch a month ({@code POST /api/runs} with
 * {@code {"province":"57","month":"2024-05"}}): 202 with the run id, 409 when the month
 * is running, 400 with the reason when it cannot run. Errors are RFC 9457 problem
 * documents.
 */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunRestController {

	private final RunHistory history;

	private final RunLaunches launches;

	private final String defaultProvince;

	private final RunDeliveries deliveries;

	RunRestController(RunHistory history, RunLaunches launches, ClickSettings settings, RunDeliveries deliveries) {
		this.history = history;
		this.launches = launches;
		this.defaultProvince = settings.defaultProvince();
		this.deliveries = deliveries;
	}

	record LaunchRequest(String province, String month) {
	}

	@GetMapping
	List<RunJson.Summary> runs(@RequestParam(required = false) String province,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "0") int offset, Authentication who) {
		YearMonth reportMonth = month == null ? null : ReportMonths.parse(month);
		String only = RunAccess.limit(who);
		if (only != null && province != null && !province.strip().equals(only)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "บัญชีนี้ดูได้เฉพาะการประมวลผลของจังหวัด " + only);
		}
		return history.list(province, reportMonth, Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0), only)
			.stream()
			.map(RunJson.Summary::of)
			.toList();
	}

	@GetMapping("/{id}")
	RunJson.Detail run(@PathVariable long id, Authentication who) {
		RunHistory.RunDetail detail = history.find(id)
			.filter(d -> RunAccess.maySee(who, d.run().province()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีการประมวลผลครั้งที่ " + id));
		return RunJson.Detail.of(detail, deliveries.json(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunJson.Launched> launch(@RequestBody LaunchRequest request, Authentication who,
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
		return ResponseEntity.accepted()
			.location(URI.create("/api/runs/" + started.runId()))
			.body(new RunJson.Launched(started.runId(), started.kind().name(), started.status(), province,
					month.toString(), RunJson.Links.of(started.runId(), province, month.toString())));
	}

}
