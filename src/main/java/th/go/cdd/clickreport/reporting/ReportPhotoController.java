package th.go.cdd.clickreport.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photos of a report's activities on the form: attached to a saved activity, shown
 * only to those who may read the district, removed by those who may change the report.
 * The checks (JPEG or PNG by content, 5 MB, 5 an activity, who may) are the service's;
 * the file is streamed, never held whole.
 */
@Controller
class ReportPhotoController {

	private final OnlineReports reports;

	ReportPhotoController(OnlineReports reports) {
		this.reports = reports;
	}

	@PostMapping("/report/{district}/{month}/activities/{activity}/photos")
	String add(@PathVariable String district, @PathVariable String month, @PathVariable int activity,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		String code = ReportPageController.districtCode(district);
		YearMonth m = ReportPageController.month(month);
		if (photo == null || photo.isEmpty()) {
			redirect.addFlashAttribute("error", "ยังไม่ได้เลือกรูปของกิจกรรมที่ " + activity);
		}
		else {
			try (InputStream in = photo.getInputStream()) {
				reports.addPhoto(ReportPageController.user(authentication), code, m, activity, in);
				redirect.addFlashAttribute("message", "แนบรูปกับกิจกรรมที่ " + activity + " แล้ว");
			}
			catch (ReportException ex) {
				if (ex.kind() == ReportException.Kind.FORBIDDEN || ex.kind() == ReportException.Kind.NOT_FOUND) {
					throw ex;
				}
				redirect.addFlashAttribute("error", ex.getMessage());
			}
		}
		return "redirect:/report/" + code + "/" + m;
	}

	@GetMapping("/report/{district}/{month}/activities/{activity}/photos/{id}")
	ResponseEntity<FileSystemResource> show(@PathVariable String district, @PathVariable String month,
			@PathVariable int activity, @PathVariable long id, Authentication authentication) {
		OnlineReports.PhotoFile file = reports.photo(ReportPageController.user(authentication),
				ReportPageController.districtCode(district), ReportPageController.month(month), activity, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
			.body(new FileSystemResource(file.file()));
	}

	@PostMapping("/report/{district}/{month}/activities/{activity}/photos/{id}/delete")
	String delete(@PathVariable String district, @PathVariable String month, @PathVariable int activity,
			@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		String code = ReportPageController.districtCode(district);
		YearMonth m = ReportPageController.month(month);
		try {
			reports.deletePhoto(ReportPageController.user(authentication), code, m, activity, id);
			redirect.addFlashAttribute("message", "ลบรูปแล้ว");
		}
		catch (ReportException ex) {
			if (ex.kind() == ReportException.Kind.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/report/" + code + "/" + m;
	}

	@ExceptionHandler(ReportException.class)
	ModelAndView refused(ReportException ex) {
		return ReportPageController.problem(HttpStatus.valueOf(ex.kind().status()), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return ReportPageController.problem(HttpStatus.BAD_REQUEST, "ค่า " + ex.getName() + " ในคำขอไม่ถูกต้อง");
	}

}
