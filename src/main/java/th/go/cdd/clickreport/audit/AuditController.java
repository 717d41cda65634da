package th.go.cdd.clickreport.audit;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.clickreport.common.BangkokTime;

/** The audit page (ADMIN): the newest entries first, a page of 100 at a time. */
@Controller
class AuditController {

	static final int PAGE = 100;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	record View(long id, String happenedAt, String username, String action, String actionTh, String province,
			String month, Long runId, String detail, String remoteAddr) {
	}

	@GetMapping("/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		// long: a page number near Integer.MAX_VALUE times 100 overflows an int
		List<AuditLog.Row> rows = audit.latest(PAGE + 1, (long) safePage * PAGE);
		model.addAttribute("entries", rows.stream().limit(PAGE).map(AuditController::view).toList());
		model.addAttribute("page", safePage);
		model.addAttribute("hasNext", rows.size() > PAGE);
		return "audit";
	}

	private static View view(AuditLog.Row row) {
		String at = row.happenedAtUtc()
			.atOffset(ZoneOffset.UTC)
			.atZoneSameInstant(BangkokTime.ZONE)
			.toLocalDateTime()
			.toString()
			.replace('T', ' ');
		return new View(row.id(), at.length() > 19 ? at.substring(0, 19) : at, row.username(), row.action(),
				Action.labelOf(row.action()), row.province(), row.month(), row.runId(), row.detail(), row.remoteAddr());
	}

}
