package th.go.cdd.clickreport.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * {@code POST /api/runs/{id}/delivery} (ADMIN): deliver a completed run's files again,
 * {@code {"mode":"CHANGED"}} (default: only files whose content changed since each
 * address last got them) or {@code {"mode":"ALL"}}. 202 with the request; 409 when it
 * cannot be done now, 404 for no such run. The messages show in {@code GET
 * /api/runs/{id}} under {@code delivery}.
 */
@RestController
class DeliveryRestController {

	record DeliveryRequest(String mode) {
	}

	private final RunDeliveries runDeliveries;

	private final AuditLog audit;

	DeliveryRestController(RunDeliveries runDeliveries, AuditLog audit) {
		this.runDeliveries = runDeliveries;
		this.audit = audit;
	}

	@PostMapping(path = "/api/runs/{id}/delivery", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> deliver(@PathVariable long id, @RequestBody(required = false) DeliveryRequest body,
			Authentication who, HttpServletRequest http) {
		String mode = body == null || body.mode() == null ? "CHANGED" : body.mode().strip().toUpperCase();
		if (!mode.equals("CHANGED") && !mode.equals("ALL")) {
			return problem(HttpStatus.BAD_REQUEST, "mode ต้องเป็น \"CHANGED\" หรือ \"ALL\"");
		}
		String limit = who.getPrincipal() instanceof ClickUser user ? user.provinceCode() : null;
		try {
			RunDeliveries.Requested requested = runDeliveries.request(id, limit, mode.equals("ALL"), who.getName());
			audit.record(AuditLog.Entry.of(who.getName(), Action.DELIVERY_REQUESTED)
				.month(requested.provinces(), requested.month())
				.run(id)
				.detail(mode.equals("ALL") ? "ส่งทุกไฟล์" : "เฉพาะไฟล์ที่เปลี่ยนแปลง")
				.from(http.getRemoteAddr()));
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("requestId", requested.id());
			json.put("runId", id);
			json.put("mode", mode);
			json.put("provinces", requested.provinces());
			json.put("month", requested.month().toString());
			return ResponseEntity.accepted().body(json);
		}
		catch (IllegalArgumentException ex) {
			return problem(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return problem(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
