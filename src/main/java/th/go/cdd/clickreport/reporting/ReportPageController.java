package th.go.cdd.clickreport.reporting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.system.ClickSettings;
import th.go.cdd.clickreport.user.ClickUser;
import th.go.cdd.clickreport.user.Role;

/**
 * The online reporting pages (SPEC §9): a district's report form for a month (its officer
 * fills and submits it; the province reads it, returns it with a reason, accepts or
 * reopens it), and the province's page of every district for a month. Everything goes
 * through {@link OnlineReports}, which checks who may do what; its refusals are shown as
 * Thai sentences with their status code.
 */
@Controller
class ReportPageController {

	/**
	 * Months a district officer can pick on the form: this many back from the month due
	 * now.
	 */
	static final int MONTH_CHOICES = 12;

	private final OnlineReports reports;

	private final DistrictDirectory areas;

	private final GradedMonthChanges changes;

	private final RubricRepository rubrics;

	private final Clock clock;

	private final String defaultProvince;

	ReportPageController(OnlineReports reports, DistrictDirectory areas, GradedMonthChanges changes,
			RubricRepository rubrics, Clock clock, ClickSettings settings) {
		this.reports = reports;
		this.areas = areas;
		this.changes = changes;
		this.rubrics = rubrics;
		this.clock = clock;
		this.defaultProvince = settings.defaultProvince();
	}

	/**
	 * The month a district reports now: the one before this one (due by the 15th of this
	 * one).
	 */
	YearMonth dueMonth() {
		return YearMonth.now(clock.withZone(BangkokTime.ZONE)).minusMonths(1);
	}

	@GetMapping("/report")
	String home(Authentication authentication) {
		ClickUser user = user(authentication);
		if (user.role() == Role.REPORTER && user.districtCode() != null) {
			return "redirect:/report/" + user.districtCode() + "/" + dueMonth();
		}
		return "redirect:/reports";
	}

	/** The month picker of the form. */
	@GetMapping("/report/{district}")
	String pick(@PathVariable String district, @RequestParam(required = false) String month) {
		YearMonth m = month == null || month.isBlank() ? dueMonth() : month(month);
		return "redirect:/report/" + districtCode(district) + "/" + m;
	}

	@GetMapping("/report/{district}/{month}")
	String form(@PathVariable String district, @PathVariable String month, @RequestParam(required = false) String saved,
			Authentication authentication, Model model) {
		ClickUser user = user(authentication);
		YearMonth m = month(month);
		ReportView view = reports.view(user, districtCode(district), m);
		String provinceName = areas.provinceName(view.provinceCode()).orElse(view.provinceCode());
		model.addAttribute("f", ReportFormView.of(view, provinceName, clock.instant(), monthChoices(m),
				areas.graded(view.provinceCode(), m).get(view.districtCode())));
		model.addAttribute("emptyChannels", List.of());
		if ("submitted".equals(saved)) {
			model.addAttribute("message", "ส่งรายงานแล้ว จังหวัดจะตรวจและแจ้งผลในระบบนี้");
		}
		else if ("draft".equals(saved)) {
			model.addAttribute("message", "บันทึกฉบับร่างแล้ว ฉบับร่างยังไม่ถูกนำไปประเมินจนกว่าจะกดส่งรายงาน");
		}
		return "report-form";
	}

	@GetMapping("/reports")
	String province(@RequestParam(required = false) String province, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "false") boolean nation, Authentication authentication, Model model) {
		ClickUser user = user(authentication);
		YearMonth m = month == null || month.isBlank() ? dueMonth() : month(month);
		String p = province != null && !province.isBlank() ? province.strip()
				: user.provinceCode() != null ? user.provinceCode() : defaultProvince;
		if (!p.matches("\\d{2}")) {
			throw new ReportException(ReportException.Kind.UNREADABLE, "province",
					"รหัสจังหวัด \"" + shorten(p) + "\" ไม่ถูกต้อง (ต้องเป็นตัวเลข 2 หลัก เช่น 57)");
		}
		ProvinceOverview overview = reports.overview(user, p, m);
		List<ProvincePageView.NationRow> nationRows = null;
		if (user.provinceCode() == null && user.districtCode() == null && nation) {
			nationRows = new ArrayList<>();
			for (String[] choice : changes.provinces()) {
				ProvinceOverview o = choice[0].equals(p) ? overview : reports.overview(user, choice[0], m);
				nationRows.add(ProvincePageView.NationRow.of(o));
			}
		}
		List<GradedMonthChanges.Change> changed = changes.of(overview.provinceCode(), m.toString());
		model.addAttribute("p",
				ProvincePageView.of(overview,
						user.provinceCode() == null && user.districtCode() == null ? changes.provinces() : null,
						nationRows, changed.isEmpty() ? null : changed.get(0).text(),
						ReportPageText.deadline(m.plusMonths(1).atDay(deadlineDay(m)))));
		return "reports";
	}

	@PostMapping("/reports/{district}/{month}/return")
	String returnReport(@PathVariable String district, @PathVariable String month,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			Authentication authentication, RedirectAttributes redirect) {
		return decide(district, month, redirect, "ส่งรายงานกลับให้อำเภอแก้ไขแล้ว", () -> reports
			.returnReport(user(authentication), districtCode(district), month(month), reason, version));
	}

	@PostMapping("/reports/{district}/{month}/accept")
	String accept(@PathVariable String district, @PathVariable String month,
			@RequestParam(required = false) Integer version, Authentication authentication,
			RedirectAttributes redirect) {
		return decide(district, month, redirect, "รับรองรายงานแล้ว รายงานถูกล็อกจนกว่าจะเปิดให้แก้ไข",
				() -> reports.accept(user(authentication), districtCode(district), month(month), version));
	}

	@PostMapping("/reports/{district}/{month}/reopen")
	String reopen(@PathVariable String district, @PathVariable String month,
			@RequestParam(required = false) Integer version, Authentication authentication,
			RedirectAttributes redirect) {
		return decide(district, month, redirect, "เปิดรายงานให้อำเภอแก้ไขได้อีกครั้งแล้ว",
				() -> reports.reopen(user(authentication), districtCode(district), month(month), version));
	}

	private String decide(String district, String month, RedirectAttributes redirect, String done,
			java.util.function.Supplier<ReportView> action) {
		String code = districtCode(district);
		YearMonth m = month(month);
		try {
			action.get();
			redirect.addFlashAttribute("message", done);
		}
		catch (ReportException ex) {
			if (ex.kind() == ReportException.Kind.FORBIDDEN || ex.kind() == ReportException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/report/" + code + "/" + m;
	}

	/**
	 * Refusals of the service and bad addresses: a page with the status and one Thai
	 * sentence.
	 */
	@ExceptionHandler(ReportException.class)
	ModelAndView refused(ReportException ex) {
		return problem(HttpStatus.valueOf(ex.kind().status()), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "ค่า " + ex.getName() + " ในคำขอไม่ถูกต้อง");
	}

	static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("report-problem", status);
		page.addObject("status", status.value());
		page.addObject("reason", message);
		return page;
	}

	/**
	 * The deadline day of the month's rubric (the overview itself refuses a month without
	 * one).
	 */
	private int deadlineDay(YearMonth m) {
		return rubrics.findInForce(m).map(Rubric::deadlineDay).orElse(15);
	}

	private List<String[]> monthChoices(YearMonth shown) {
		List<String[]> months = new ArrayList<>();
		YearMonth due = dueMonth();
		for (int i = 0; i < MONTH_CHOICES; i++) {
			YearMonth m = due.minusMonths(i);
			months.add(new String[] { m.toString(), ThaiFormat.month(m) });
		}
		if (months.stream().noneMatch(c -> c[0].equals(shown.toString()))) {
			months.add(new String[] { shown.toString(), ThaiFormat.month(shown) });
		}
		return months;
	}

	/** A report month from the address: YYYY-MM, refused in Thai otherwise (400). */
	static YearMonth month(String text) {
		try {
			YearMonth m = ReportMonths.parse(text == null ? "" : text.strip());
			if (m.getYear() < 2000 || m.getYear() > 2200) {
				throw new DateTimeException("out of range");
			}
			return m;
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new ReportException(ReportException.Kind.UNREADABLE, "month",
					"เดือน \"" + shorten(text) + "\" ไม่ถูกต้อง ต้องเป็นปี ค.ศ. และเดือนในรูปแบบ YYYY-MM เช่น 2024-05");
		}
	}

	/** A district code from the address: four digits, refused in Thai otherwise (400). */
	static String districtCode(String text) {
		String code = text == null ? "" : text.strip();
		if (!code.matches("\\d{4}")) {
			throw new ReportException(ReportException.Kind.UNREADABLE, "district",
					"รหัสอำเภอ \"" + shorten(code) + "\" ไม่ถูกต้อง (ต้องเป็นตัวเลข 4 หลัก เช่น 5701)");
		}
		return code;
	}

	static ClickUser user(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ClickUser user) {
			return user;
		}
		throw new ReportException(ReportException.Kind.FORBIDDEN, null, "ต้องเข้าสู่ระบบก่อน");
	}

	private static String shorten(String text) {
		String t = text == null ? "" : text;
		return t.length() > 40 ? t.substring(0, 40) + "…" : t;
	}

}
