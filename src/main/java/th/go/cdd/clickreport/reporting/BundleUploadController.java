package th.go.cdd.clickreport.reporting;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.submission.BundleRefusal;
import th.go.cdd.clickreport.submission.ImportResult;

/**
 * The upload page (ADMIN): a CSV bundle imported from the browser with the same importer
 * and the same result as the {@code import} command, for a province that still exports
 * from another system.
 */
@Controller
class BundleUploadController {

	private static final Logger log = LoggerFactory.getLogger(BundleUploadController.class);

	private final BundleUploads uploads;

	private final AuditLog audit;

	BundleUploadController(BundleUploads uploads, AuditLog audit) {
		this.uploads = uploads;
		this.audit = audit;
	}

	@GetMapping("/reports/import")
	String form(Model model) {
		model.addAttribute("fileNames", BundleRefusal.FILE_NAMES);
		model.addAttribute("limit", uploads.limitText());
		return "report-import";
	}

	@PostMapping("/reports/import")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication who,
			HttpServletRequest request, Model model) {
		List<String> names = BundleUploads.fileNames(files);
		try {
			ImportResult result = uploads.importUpload(files);
			audit.record(AuditLog.Entry.of(who.getName(), Action.BUNDLE_UPLOADED)
				.detail(String.join(", ", names) + ": " + result.submissions() + " รายงาน ("
						+ result.invalidSubmissions() + " ใช้ไม่ได้), ปฏิเสธ " + result.rejected() + " แถว, คำเตือน "
						+ result.warnings())
				.from(request.getRemoteAddr()));
			log.info("Bundle uploaded by {}: {} submissions, {} rejected, {} warnings", who.getName(),
					result.submissions(), result.rejected(), result.warnings());
			model.addAttribute("result", result);
			model.addAttribute("uploaded", String.join(", ", names));
		}
		catch (BundleUploads.Refused ex) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.BUNDLE_REFUSED)
				.detail(String.join(", ", names) + ": " + ex.getMessage())
				.from(request.getRemoteAddr()));
			model.addAttribute("error", ex.getMessage());
		}
		return form(model);
	}

}
