package th.go.cdd.clickreport.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * The users page (ADMIN): who may sign in, with which role and limit; add, change,
 * re-key, remove, and make a reporter account for every district of a province at once.
 * An admin limited to a province sees and manages that province's accounts only. Every
 * action, refused ones too, is audited.
 */
@Controller
class UserController {

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserController(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/users")
	String users(Authentication who, Model model) {
		model.addAttribute("users", accounts.all(UserAccounts.Actor.of(who)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("myProvince", ClickUser.provinceOf(who));
		return "users";
	}

	@PostMapping("/users")
	String add(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String role, @RequestParam(required = false) String provinceCode,
			@RequestParam(required = false) String districtCode, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		String name = Usernames.normalise(username);
		try {
			UserAccounts.Limit limit = accounts.add(UserAccounts.Actor.of(who), name, password, Roles.parse(role),
					provinceCode, districtCode);
			audit(who, Action.USER_ADDED, name + " " + limit.text(), request);
			redirect.addFlashAttribute("message", "เพิ่มผู้ใช้ " + name + " แล้ว");
		}
		catch (IllegalArgumentException | AccountException ex) {
			refused(who, "เพิ่ม " + name, ex, request, redirect);
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/role")
	String change(@PathVariable String username, @RequestParam(required = false) String role,
			@RequestParam(required = false) String provinceCode, @RequestParam(required = false) String districtCode,
			Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
		String name = Usernames.normalise(username);
		try {
			Role newRole = Roles.parse(role);
			UserAccounts.Limit limit = accounts.change(UserAccounts.Actor.of(who), name, newRole, provinceCode,
					districtCode);
			audit(who, Action.USER_CHANGED, name + " " + limit.text(), request);
			redirect.addFlashAttribute("message",
					"เปลี่ยนบทบาทของ " + name + " เป็น" + newRole.labelTh()
							+ (limit.district() != null ? " (อำเภอ " + limit.district() + ")"
									: limit.province() != null ? " (จังหวัด " + limit.province() + ")" : " (ทุกอำเภอ)")
							+ " แล้ว มีผลทันที");
		}
		catch (IllegalArgumentException | AccountException ex) {
			refused(who, "เปลี่ยนบทบาท " + name, ex, request, redirect);
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/password")
	String password(@PathVariable String username, @RequestParam(required = false) String password, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		String name = Usernames.normalise(username);
		try {
			accounts.setPassword(UserAccounts.Actor.of(who), name, password);
			audit(who, Action.USER_PASSWORD, name, request);
			redirect.addFlashAttribute("message", "ตั้งรหัสผ่านใหม่ของ " + name + " แล้ว");
		}
		catch (IllegalArgumentException | AccountException ex) {
			refused(who, "ตั้งรหัสผ่าน " + name, ex, request, redirect);
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/delete")
	String remove(@PathVariable String username, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		String name = Usernames.normalise(username);
		try {
			String removed = accounts.remove(UserAccounts.Actor.of(who), name);
			audit(who, Action.USER_REMOVED, removed, request);
			redirect.addFlashAttribute("message", "ลบผู้ใช้ " + removed + " แล้ว");
		}
		catch (IllegalArgumentException | AccountException ex) {
			refused(who, "ลบ " + name, ex, request, redirect);
		}
		return "redirect:/users";
	}

	/**
	 * A reporter account for every district of the province without one: the answer is
	 * the CSV of their one-time passwords (UTF-8 with a byte order mark, for Excel), the
	 * only time they are shown.
	 */
	@PostMapping("/users/reporters")
	Object reporters(@RequestParam(required = false) String provinceCode, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			List<UserAccounts.OneTime> made = accounts.createReporters(UserAccounts.Actor.of(who), provinceCode);
			if (made.isEmpty()) {
				redirect.addFlashAttribute("message",
						"ทุกอำเภอของจังหวัด " + provinceCode.strip() + " มีบัญชีผู้รายงานอยู่แล้ว ไม่ได้สร้างเพิ่ม");
				return "redirect:/users";
			}
			auditReporters(audit, who.getName(), provinceCode.strip(), made, request.getRemoteAddr());
			return oneTimeCsv(provinceCode.strip(), made);
		}
		catch (IllegalArgumentException | AccountException ex) {
			refused(who, "สร้างบัญชีผู้รายงาน จังหวัด " + provinceCode, ex, request, redirect);
			return "redirect:/users";
		}
	}

	static void auditReporters(AuditLog audit, String by, String province, List<UserAccounts.OneTime> made,
			String remoteAddr) {
		for (UserAccounts.OneTime account : made) {
			audit.record(AuditLog.Entry.of(by, Action.USER_ADDED)
				.detail(account.username() + " REPORTER อำเภอ " + account.district() + " (รหัสผ่านครั้งเดียว)")
				.from(remoteAddr));
		}
		audit.record(AuditLog.Entry.of(by, Action.REPORTERS_CREATED)
			.detail("จังหวัด " + province + ": " + made.size() + " บัญชี")
			.from(remoteAddr));
	}

	static ResponseEntity<byte[]> oneTimeCsv(String province, List<UserAccounts.OneTime> made) {
		StringBuilder csv = new StringBuilder("\uFEFFชื่อผู้ใช้,รหัสผ่านครั้งแรก,รหัสอำเภอ,อำเภอ\r\n");
		for (UserAccounts.OneTime account : made) {
			csv.append(account.username())
				.append(',')
				.append(account.password())
				.append(',')
				.append(account.district())
				.append(',')
				.append(account.districtName().replace(',', ' '))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reporters-" + province + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void audit(Authentication who, Action action, String detail, HttpServletRequest request) {
		audit.record(AuditLog.Entry.of(who.getName(), action).detail(detail).from(request.getRemoteAddr()));
	}

	private void refused(Authentication who, String what, RuntimeException ex, HttpServletRequest request,
			RedirectAttributes redirect) {
		audit(who, Action.USER_REFUSED, UserAccounts.shown(what) + ": " + ex.getMessage(), request);
		redirect.addFlashAttribute("error", ex.getMessage());
	}

}
