package th.go.cdd.clickreport.archive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * The PDF archive pages: months by province, a month's files, and opening or saving a
 * file.
 */
@Controller
class ArchiveController {

	private final ReportArchive archive;

	private final ArchiveDownloads downloads;

	ArchiveController(ReportArchive archive, ArchiveDownloads downloads) {
		this.archive = archive;
		this.downloads = downloads;
	}

	@GetMapping("/archive")
	String months(Authentication who, Model model) {
		// Province by province, newest month first.
		Map<String, List<ReportArchive.ArchivedMonth>> byProvince = new TreeMap<>();
		String limit = ClickUser.provinceOf(who);
		for (ReportArchive.ArchivedMonth month : archive.months(ClickUser.districtOf(who))) {
			if (limit != null && !limit.equals(month.province())) {
				continue;
			}
			byProvince.computeIfAbsent(month.province() + " " + month.provinceName(), k -> new ArrayList<>())
				.add(month);
		}
		model.addAttribute("byProvince", byProvince);
		return "archive";
	}

	@GetMapping("/archive/{province}/{month}")
	String files(@PathVariable String province, @PathVariable String month, Authentication who, Model model) {
		ArchiveDownloads.checkProvince(who, province);
		model.addAttribute("files", archive.files(province, month, ClickUser.districtOf(who)));
		model.addAttribute("province", province);
		model.addAttribute("month", month);
		model.addAttribute("monthTh", ThaiFormat.month(YearMonth.parse(month)));
		model.addAttribute("provinceName", archive.provinceName(province));
		return "archive-month";
	}

	@GetMapping("/archive/{province}/{month}/{name}")
	ResponseEntity<Resource> file(@PathVariable String province, @PathVariable String month, @PathVariable String name,
			@RequestParam(defaultValue = "false") boolean download, Authentication who, HttpServletRequest request) {
		return downloads.send(province, month, name, download, who, request.getRemoteAddr());
	}

	@ExceptionHandler(ReportArchive.BadArchivePath.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String bad(ReportArchive.BadArchivePath ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("error", ex.getMessage());
		return "error";
	}

}
