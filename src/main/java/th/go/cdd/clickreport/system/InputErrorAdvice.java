package th.go.cdd.clickreport.system;

import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on errors from what someone sent (after each feature's own handlers): a
 * value of the wrong type, a missing parameter, a body that is not JSON, a month or
 * number that does not parse, a "not found": 400 or 404 (never 500) with one Thai
 * sentence, as a problem document for the API and the error page for the pages.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class InputErrorAdvice {

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class,
			NumberFormatException.class, DateTimeException.class })
	Object badValue(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, badValueSentence(ex));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object badBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "ข้อมูลที่ส่งมาไม่ใช่ JSON ที่อ่านได้ หรือมีค่าที่ผิดรูปแบบ");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	Object illegal(IllegalArgumentException ex, HttpServletRequest request) {
		String message = ex.getMessage();
		return answer(request, HttpStatus.BAD_REQUEST, thai(message) ? message
				: ThaiErrors.sentence(400) + (message == null ? "" : " (" + cut(message) + ")"));
	}

	/**
	 * Spring MVC's own errors (404 no such resource, 405, 415, 406, …) and
	 * ResponseStatusExceptions.
	 */
	@ExceptionHandler({ ErrorResponseException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class })
	Object status(Exception ex, HttpServletRequest request) {
		HttpStatusCode status = ex instanceof ErrorResponse error ? error.getStatusCode() : HttpStatus.BAD_REQUEST;
		String reason = ex instanceof ErrorResponseException e ? e.getBody().getDetail() : null;
		return answer(request, status, thai(reason) ? reason : ThaiErrors.sentence(status.value()));
	}

	private static String badValueSentence(Exception ex) {
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "ขาดค่า " + missing.getParameterName() + " ที่ต้องส่งมา";
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return "ค่า " + mismatch.getPropertyName() + " ไม่อยู่ในรูปแบบที่ใช้ได้ (เช่น ตัวเลขที่ไม่ใหญ่เกินไป)";
		}
		return ThaiErrors.sentence(400);
	}

	private static Object answer(HttpServletRequest request, HttpStatusCode status, String sentence) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sentence);
			problem.setTitle(ThaiErrors.sentence(status.value()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", sentence);
		return page;
	}

	static boolean thai(String text) {
		return text != null
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
	}

	private static String cut(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
