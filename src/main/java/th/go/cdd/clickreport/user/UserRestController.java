package th.go.cdd.clickreport.user;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * The accounts API (SPEC §9): {@code POST /api/users} (ADMIN; a province-limited admin
 * within their province), {@code POST /api/users/reporters} (a reporter for every
 * district of a province without one, with one-time passwords, answered once as CSV) and
 * {@code POST /api/users/me/password} (anyone, their own password, giving the current
 * one). Refusals are problem documents with a Thai detail.
 */
@RestController
@RequestMapping("/api/users")
class UserRestController {

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserRestController(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	record NewUser(String username, String password, String role, String province, String district) {
	}

	record NewPassword(String currentPassword, String newPassword) {
	}

	record Province(String province) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> add(@RequestBody NewUser body, Authentication who, HttpServletRequest request) {
		String name = Usernames.normalise(body.username());
		try {
			UserAccounts.Limit limit = accounts.add(UserAccounts.Actor.of(who), name, body.password(),
					Roles.parse(body.role()), body.province(), body.district());
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_ADDED)
				.detail(name + " " + limit.text())
				.from(request.getRemoteAddr()));
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("username", name);
			json.put("role", limit.role().name());
			json.put("province", limit.province());
			json.put("district", limit.district());
			json.put("mustChangePassword", false);
			return ResponseEntity.created(URI.create("/api/users/" + name)).body(json);
		}
		catch (IllegalArgumentException | AccountException ex) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_REFUSED)
				.detail(UserAccounts.shown("เพิ่ม " + name) + ": " + ex.getMessage())
				.from(request.getRemoteAddr()));
			throw ex;
		}
	}

	@PostMapping(path = "/reporters", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "text/csv")
	ResponseEntity<byte[]> reporters(@RequestBody Province body, Authentication who, HttpServletRequest request) {
		List<UserAccounts.OneTime> made = accounts.createReporters(UserAccounts.Actor.of(who), body.province());
		UserController.auditReporters(audit, who.getName(), body.province().strip(), made, request.getRemoteAddr());
		return UserController.oneTimeCsv(body.province().strip(), made);
	}

	@PostMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> changeOwn(@RequestBody NewPassword body, Authentication who, HttpServletRequest request) {
		try {
			accounts.changeOwn(who.getName(), body.currentPassword(), body.newPassword());
		}
		catch (IllegalArgumentException | AccountException ex) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_REFUSED)
				.detail("เปลี่ยนรหัสผ่านของตัวเอง: " + ex.getMessage())
				.from(request.getRemoteAddr()));
			throw ex;
		}
		audit.record(AuditLog.Entry.of(who.getName(), Action.OWN_PASSWORD).from(request.getRemoteAddr()));
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "คำขอไม่ถูกต้อง", ex.getMessage());
	}

	@ExceptionHandler(AccountException.class)
	ResponseEntity<ProblemDetail> refused(AccountException ex) {
		return switch (ex.kind()) {
			case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "ไม่มีสิทธิ์", ex.getMessage());
			case CONFLICT -> problem(HttpStatus.CONFLICT, "ชื่อผู้ใช้ซ้ำ", ex.getMessage());
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "ไม่พบผู้ใช้", ex.getMessage());
		};
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
