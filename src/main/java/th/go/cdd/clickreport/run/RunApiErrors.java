package th.go.cdd.clickreport.run;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.go.cdd.clickreport.grading.RunAlreadyRunningException;
import th.go.cdd.clickreport.grading.RunRequestException;

/**
 * The runs API's refusals as problem documents: a Thai title, and the one sentence that
 * explains them as detail.
 */
@RestControllerAdvice(assignableTypes = RunRestController.class)
class RunApiErrors {

	@ExceptionHandler(RunAlreadyRunningException.class)
	ProblemDetail running(RunAlreadyRunningException ex) {
		return problem(HttpStatus.CONFLICT, "เดือนนี้กำลังประมวลผลอยู่ (Month already running)", ex.getMessage());
	}

	@ExceptionHandler({ RunRequestException.class, IllegalArgumentException.class })
	ProblemDetail refused(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "คำสั่งประมวลผลถูกปฏิเสธ (Run refused)", ex.getMessage());
	}

	/** A parameter of the wrong type (e.g. {@code limit=abc}, a run id of 30 digits). */
	@ExceptionHandler(TypeMismatchException.class)
	ProblemDetail badValue(TypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "คำขอไม่ถูกต้อง",
				"ค่า " + (ex.getPropertyName() == null ? "" : ex.getPropertyName() + " ")
						+ "ไม่อยู่ในรูปแบบที่ใช้ได้ (เช่น ตัวเลขที่ไม่ใหญ่เกินไป)");
	}

	@ExceptionHandler(RunQueueFullException.class)
	ProblemDetail busy(RunQueueFullException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "งานรอคิวเต็ม (Too many runs waiting)", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
