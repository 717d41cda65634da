package th.go.cdd.clickreport.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the report form's script calls, in the signed-in session with the page's CSRF
 * token (the REST API of SPEC §9 is for other systems, with HTTP Basic): save a draft or
 * submit, and the projected grade of what is on the form now. The same
 * {@link OnlineReports} as the API; its refusals come back with their status and every
 * wrong field, in Thai.
 */
@RestController
class ReportFormJsonController {

	private final OnlineReports reports;

	ReportFormJsonController(OnlineReports reports) {
		this.reports = reports;
	}

	/**
	 * The form's body: the report as entered (text, as typed), whether to submit, and the
	 * version it was read at.
	 */
	record FormBody(String officialsTotal, String officialsDownloaded, List<ReportContent.Official> officials,
			List<ReportContent.Service> services, List<ReportContent.PrMedia> prMedia,
			List<ReportContent.Activity> activities, List<ReportContent.Download> downloads, Boolean submit,
			Integer version) {

		ReportContent content() {
			return new ReportContent(officialsTotal, officialsDownloaded, officials, services, prMedia, activities,
					downloads);
		}

	}

	@PutMapping(path = "/report/{district}/{month}/data", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> save(@PathVariable String district, @PathVariable String month, @RequestBody FormBody body,
			Authentication authentication) {
		ReportView view = reports.save(ReportPageController.user(authentication),
				ReportPageController.districtCode(district), ReportPageController.month(month), body.content(),
				Boolean.TRUE.equals(body.submit()), body.version());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("version", view.version());
		out.put("state", view.state().name());
		out.put("status", view.status() == null ? null : view.status().name());
		out.put("warnings", view.warnings());
		out.putAll(projection(view.projected()));
		return out;
	}

	@PostMapping(path = "/report/{district}/{month}/projection", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> projection(@PathVariable String district, @PathVariable String month,
			@RequestBody FormBody body, Authentication authentication) {
		OnlineReports.Check check = reports.check(ReportPageController.user(authentication),
				ReportPageController.districtCode(district), ReportPageController.month(month), body.content());
		Map<String, Object> out = new LinkedHashMap<>(projection(check.projected()));
		out.put("errors", check.errors());
		out.put("warnings", check.warnings());
		return out;
	}

	private static Map<String, Object> projection(Projection projected) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("level", projected == null ? null : projected.level());
		out.put("score", projected == null ? null : projected.score());
		out.put("needsTitle", ReportFormView.needsTitle(projected));
		out.put("needs", ReportFormView.needs(projected));
		return out;
	}

	@ExceptionHandler(ReportException.class)
	ResponseEntity<Map<String, Object>> refused(ReportException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		body.put("errors", ex.errors());
		return ResponseEntity.status(ex.kind().status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("message", "อ่านข้อมูลที่ส่งมาไม่ได้ ต้องเป็น JSON ของแบบรายงาน", "errors", List.of()));
	}

}
