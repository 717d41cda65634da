package th.go.cdd.clickreport.delivery;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.system.ClickSettings;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * The recipients page (ADMIN): per province the governor's office's addresses and each
 * district's, added and removed one field at a time (a wrong address is refused with its
 * reason beside the field); and the run page's "send again" form. Every change is
 * audited.
 */
@Controller
class DeliveryController {

	private final RecipientRepository recipients;

	private final DeliveryRepository deliveries;

	private final RunDeliveries runDeliveries;

	private final AuditLog audit;

	private final String defaultProvince;

	DeliveryController(RecipientRepository recipients, DeliveryRepository deliveries, RunDeliveries runDeliveries,
			AuditLog audit, ClickSettings settings) {
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.runDeliveries = runDeliveries;
		this.audit = audit;
		this.defaultProvince = settings.defaultProvince();
	}

	@GetMapping("/recipients")
	String recipients(@RequestParam(required = false) String province, Authentication who, Model model) {
		return page(provinceFor(province, who), null, null, null, model);
	}

	@PostMapping("/recipients/{unit}/add")
	String add(@PathVariable String unit, @RequestParam(defaultValue = "") String addresses, Authentication who,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String province = provinceOfUnit(unit, who);
		List<String> parsed;
		try {
			parsed = EmailAddresses.parse(addresses);
		}
		catch (EmailAddresses.InvalidAddressException ex) {
			return page(province, unit, ex.getMessage(), addresses, model);
		}
		List<String> added = recipients.add(province, unit, parsed, who.getName());
		if (added.isEmpty()) {
			return page(province, unit, "มีที่อยู่นี้ในรายชื่ออยู่แล้ว", addresses, model);
		}
		audit.record(AuditLog.Entry.of(who.getName(), Action.RECIPIENT_ADDED)
			.month(province, null)
			.detail(unitLabel(unit) + ": " + String.join(", ", added))
			.from(request.getRemoteAddr()));
		redirect.addFlashAttribute("message", "เพิ่ม " + String.join(", ", added) + " ให้" + unitLabel(unit) + "แล้ว");
		return "redirect:/recipients?province=" + province + "#u-" + unit;
	}

	@PostMapping("/recipients/{unit}/remove")
	String remove(@PathVariable String unit, @RequestParam String address, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		String province = provinceOfUnit(unit, who);
		if (recipients.remove(unit, address)) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.RECIPIENT_REMOVED)
				.month(province, null)
				.detail(unitLabel(unit) + ": " + address)
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", "ลบ " + address + " ออกจาก" + unitLabel(unit) + "แล้ว");
		}
		return "redirect:/recipients?province=" + province + "#u-" + unit;
	}

	@PostMapping("/runs/{id}/delivery")
	String deliver(@PathVariable long id, @RequestParam(defaultValue = "CHANGED") String mode, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		boolean all = "ALL".equals(mode);
		try {
			RunDeliveries.Requested requested = runDeliveries.request(id, provinceLimit(who), all, who.getName());
			audit.record(AuditLog.Entry.of(who.getName(), Action.DELIVERY_REQUESTED)
				.month(requested.provinces(), requested.month())
				.run(id)
				.detail(all ? "ส่งทุกไฟล์" : "เฉพาะไฟล์ที่เปลี่ยนแปลง")
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("message", all ? "สั่งส่งทุกไฟล์ทางอีเมลอีกครั้งแล้ว ระบบจะส่งในเบื้องหลัง"
					: "สั่งส่งเฉพาะไฟล์ที่เปลี่ยนแปลงแล้ว ระบบจะส่งในเบื้องหลัง");
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/runs/" + id + "#delivery";
	}

	private String page(String province, String errorUnit, String error, String typed, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("provinceName", deliveries.provinceName(province));
		model.addAttribute("office", recipients.addresses(province));
		model.addAttribute("districts", recipients.districts(province));
		model.addAttribute("provinces", deliveries.provinces());
		model.addAttribute("errorUnit", errorUnit);
		model.addAttribute("fieldError", error);
		model.addAttribute("typed", typed);
		model.addAttribute("mailConfigured", runDeliveries.mailConfigured());
		model.addAttribute("reminders", runDeliveries.reminders(province));
		return "recipients";
	}

	/**
	 * The province a page shows: the admin's own when limited to one, else the one asked
	 * for or the default.
	 */
	private String provinceFor(String asked, Authentication who) {
		String limit = provinceLimit(who);
		if (limit != null) {
			return limit;
		}
		String province = asked == null || asked.isBlank() ? defaultProvince : asked.strip();
		if (recipients.provinceOf(province) == null || province.length() != 2) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีจังหวัดรหัส " + province);
		}
		return province;
	}

	private String provinceOfUnit(String unit, Authentication who) {
		String province = unit.matches("\\d{2}|\\d{4}") ? recipients.provinceOf(unit) : null;
		if (province == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีจังหวัดหรืออำเภอรหัส " + unit);
		}
		String limit = provinceLimit(who);
		if (limit != null && !limit.equals(province)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "บัญชีนี้แก้ไขได้เฉพาะจังหวัดที่รับผิดชอบ");
		}
		return province;
	}

	private static String provinceLimit(Authentication who) {
		return who != null && who.getPrincipal() instanceof ClickUser user ? user.provinceCode() : null;
	}

	private String unitLabel(String unit) {
		return unit.length() == 2 ? "สำนักงานจังหวัด" + deliveries.provinceName(unit) : "อำเภอรหัส " + unit;
	}

}
