package th.go.cdd.clickreport.reporting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The online reporting API's refusals as {@code {"errors":[{"field","message"}]}} with
 * the status of their kind: 400 unreadable, 403 beyond the user's limit, 404 not found,
 * 409 locked or stale, 422 wrong entries. Messages are Thai sentences, never a stack
 * trace.
 */
@RestControllerAdvice(assignableTypes = OnlineReportRestController.class)
class OnlineReportApiErrors {

	private static final Logger log = LoggerFactory.getLogger(OnlineReportApiErrors.class);

	@ExceptionHandler(ReportException.class)
	ResponseEntity<ReportJson.Errors> refused(ReportException ex) {
		return ResponseEntity.status(ex.kind().status()).body(new ReportJson.Errors(ex.errors()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ReportJson.Errors> missing(MissingServletRequestParameterException ex) {
		return errors(400, ex.getParameterName(), "ต้องระบุ " + ex.getParameterName());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ReportJson.Errors> tooLarge(MaxUploadSizeExceededException ex) {
		return errors(422, "photo", "รูปมีขนาดเกิน 5 MB ต่อรูป โปรดย่อรูปก่อนส่ง");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ReportJson.Errors> multipart(MultipartException ex) {
		log.debug("Unreadable multipart upload: {}", ex.getMessage());
		return errors(400, "photo", "อ่านฟอร์มที่แนบรูปมาไม่ได้");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ReportJson.Errors> mediaType(HttpMediaTypeNotSupportedException ex) {
		return errors(415, null, "ไม่รองรับข้อมูลชนิดนี้ (ให้ส่งเป็น JSON)");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ReportJson.Errors> method(HttpRequestMethodNotSupportedException ex) {
		return errors(405, null, "ที่อยู่นี้ไม่รองรับคำสั่ง " + ex.getMethod());
	}

	private static ResponseEntity<ReportJson.Errors> errors(int status, String field, String message) {
		return ResponseEntity.status(status).body(new ReportJson.Errors(List.of(new FieldError(field, message))));
	}

}
