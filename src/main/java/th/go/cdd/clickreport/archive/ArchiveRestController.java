package th.go.cdd.clickreport.archive;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.clickreport.user.ClickUser;

/**
 * The archive API: {@code GET /api/reports/{province}/{month}} lists the files with their
 * download links.
 */
@RestController
@RequestMapping("/api/reports")
class ArchiveRestController {

	private final ReportArchive archive;

	private final ArchiveDownloads downloads;

	ArchiveRestController(ReportArchive archive, ArchiveDownloads downloads) {
		this.archive = archive;
		this.downloads = downloads;
	}

	@GetMapping("/{province}/{month}")
	Map<String, Object> files(@PathVariable String province, @PathVariable String month, Authentication who) {
		ArchiveDownloads.checkProvince(who, province);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("province", province);
		json.put("month", month);
		json.put("files", archive.files(province, month, ClickUser.districtOf(who)).stream().map(file -> {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", file.name());
			f.put("kind", file.kind().name());
			f.put("districtCode", file.districtCode());
			f.put("districtName", file.districtName());
			f.put("size", file.size());
			f.put("modified", file.modified().toString());
			f.put("href", "/api/reports/" + province + "/" + month + "/" + file.name());
			return f;
		}).toList());
		return json;
	}

	@GetMapping("/{province}/{month}/{name}")
	ResponseEntity<Resource> file(@PathVariable String province, @PathVariable String month, @PathVariable String name,
			Authentication who, HttpServletRequest request) {
		return downloads.send(province, month, name, true, who, request.getRemoteAddr());
	}

	@ExceptionHandler(ReportArchive.BadArchivePath.class)
	ProblemDetail bad(ReportArchive.BadArchivePath ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("คำขอไม่ถูกต้อง");
		return problem;
	}

}
