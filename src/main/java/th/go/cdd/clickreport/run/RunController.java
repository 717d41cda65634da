package th.go.cdd.clickreport.run;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.delivery.RunDeliveries;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.grading.RunRequestException;
import th.go.cdd.clickreport.reporting.GradedMonthChanges;
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.system.ClickSettings;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * The run pages: the list of runs with the form to (re-)run a month, a run's steps and
 * notes with live progress while it runs, and the restart of a failed run. Launches
 * return at once; the run page then polls {@code /runs/{id}/progress} every 2 seconds.
 */
@Controller
class RunController {

	static final int PAGE = 50;

	private final RunHistory history;

	private final RunLaunches launches;

	private final Clock clock;

	private final String defaultProvince;

	private final RunDeliveries deliveries;

	private final GradedMonthChanges changes;

	RunController(RunHistory history, RunLaunches launches, Clock clock, ClickSettings settings,
			RunDeliveries deliveries, GradedMonthChanges changes) {
		this.history = history;
		this.launches = launches;
		this.clock = clock;
		this.defaultProvince = settings.defaultProvince();
		this.deliveries = deliveries;
		this.changes = changes;
	}

	@GetMapping("/runs")
	String runs(@RequestParam(defaultValue = "0") int page, Authentication who, Model model) {
		int safePage = Math.max(0, page);
		String limit = RunAccess.limit(who);
		List<RunHistory.RunSummary> runs = history.list(null, null, PAGE + 1, (long) safePage * PAGE, limit);
		model.addAttribute("runs", runs.stream().limit(PAGE).toList());
		model.addAttribute("page", safePage);
		model.addAttribute("hasNext", runs.size() > PAGE);
		model.addAttribute("provinces",
				history.provinces().stream().filter(p -> limit == null || limit.equals(p[0])).toList());
		model.addAttribute("national", limit == null);
		model.addAttribute("defaultProvince", limit != null ? limit : defaultProvince);
		model.addAttribute("defaultMonth", YearMonth.now(clock.withZone(BangkokTime.ZONE)).minusMonths(1).toString());
		model.addAttribute("waiting", launches.waiting());
		// reports that arrived or changed after their month was graded (online reporting,
		// SPEC §9)
		model.addAttribute("changed", changes.all(null));
		return "runs";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Authentication authentication, Model model) {
		RunHistory.RunDetail detail = visible(id, authentication);
		String district = ClickUser.districtOf(authentication);
		model.addAttribute("detail", detail);
		model.addAttribute("run", detail.run());
		model.addAttribute("notes", history.notes(detail.run().province(), detail.run().month(), district));
		model.addAttribute("delivery", deliveries.view(id));
		model.addAttribute("changed",
				ProvinceSelection.single(detail.run().province())
						? changes.of(detail.run().province(), detail.run().month())
						: changes.all(null).stream().filter(c -> c.month().equals(detail.run().month())).toList());
		return "run";
	}

	@GetMapping(path = "/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	RunJson.Progress progress(@PathVariable long id, Authentication who) {
		return RunJson.Progress.of(visible(id, who));
	}

	/**
	 * The run, when it exists and {@code who} may see it; 404 otherwise (whether it
	 * exists is not told).
	 */
	private RunHistory.RunDetail visible(long id, Authentication who) {
		return history.find(id)
			.filter(detail -> RunAccess.maySee(who, detail.run().province()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีการประมวลผลครั้งที่ " + id));
	}

	@PostMapping("/runs")
	String launch(@RequestParam String province, @RequestParam String month, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			RunAccess.checkLaunch(who, province);
			YearMonth reportMonth = ReportMonths.parse(month);
			RunLaunches.Started started = launches.start(province.strip(), reportMonth, who.getName(),
					request.getRemoteAddr());
			redirect.addFlashAttribute("message", started.kind().launchedTh());
			return "redirect:/runs/" + started.runId();
		}
		catch (IllegalArgumentException | RunRequestException | RunQueueFullException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/runs";
		}
	}

	@PostMapping("/runs/{id}/restart")
	String restart(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
		RunHistory.RunDetail detail = visible(id, who);
		if (!detail.run().restartable() || !detail.latestOfMonth()) {
			redirect.addFlashAttribute("error", "เริ่มต่อได้เฉพาะครั้งล่าสุดของเดือนที่ล้มเหลวหรือหยุดไว้");
			return "redirect:/runs/" + id;
		}
		return launch(detail.run().province(), detail.run().month(), who, request, redirect);
	}

}
