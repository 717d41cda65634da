package th.go.cdd.clickreport.user;

import jakarta.servlet.http.HttpServletRequest;

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

/** The users page (ADMIN): who may sign in, with which role and district; add, change, re-key, remove. */
@Controller
class UserController {

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserController(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		return "users";
	}

	@PostMapping("/users")
	String add(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
			@RequestParam(required = false) String districtCode, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			accounts.add(username, password, role, districtCode);
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_ADDED)
				.detail(username.strip() + " " + role + (districtCode == null || districtCode.isBlank() ? ""
						: " อำเภอ " + districtCode.strip()))
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", "เพิ่มผู้ใช้ " + username.strip() + " แล้ว");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/role")
	String change(@PathVariable String username, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String districtCode, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			String district = accounts.change(username, role, districtCode, who.getName());
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_CHANGED)
				.detail(username + " " + role + (district == null ? "" : " อำเภอ " + district))
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", "เปลี่ยนบทบาทของ " + username + " เป็น" + role.labelTh()
					+ (district == null ? " (ทุกอำเภอ)" : " (อำเภอ " + district + ")")
					+ " แล้ว มีผลเมื่อผู้ใช้เข้าสู่ระบบครั้งถัดไป");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/password")
	String password(@PathVariable String username, @RequestParam String password, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			accounts.setPassword(username, password);
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_PASSWORD).detail(username)
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", "ตั้งรหัสผ่านใหม่ของ " + username + " แล้ว");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/delete")
	String remove(@PathVariable String username, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (username.equals(who.getName())) {
			redirect.addFlashAttribute("error", "ลบบัญชีของตัวเองไม่ได้");
		}
		else if (accounts.remove(username)) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_REMOVED).detail(username)
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", "ลบผู้ใช้ " + username + " แล้ว");
		}
		return "redirect:/users";
	}

}
