package th.go.cdd.clickreport.memo;

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

/**
 * The memo settings pages (ADMIN): each province's ส่วนราชการ line (office, group,
 * telephone), its document number prefix and its signatory (name and position lines), as
 * the governor's memo prints them from the next run on. Every change is audited.
 */
@Controller
class MemoSettingsController {

	private final MemoRepository memos;

	private final AuditLog audit;

	MemoSettingsController(MemoRepository memos, AuditLog audit) {
		this.memos = memos;
		this.audit = audit;
	}

	@GetMapping("/memo-settings")
	String provinces(Model model) {
		model.addAttribute("provinces", memos.provinces());
		return "memo-settings";
	}

	@GetMapping("/memo-settings/{province}")
	String form(@PathVariable String province, Model model) {
		String name = memos.provinceName(province).orElseThrow(() -> notFound(province));
		MemoSettings settings = model.containsAttribute("settings") ? (MemoSettings) model.getAttribute("settings")
				: memos.settings(province);
		model.addAttribute("province", province);
		model.addAttribute("provinceName", name);
		model.addAttribute("settings", settings);
		model.addAttribute("positionText", String.join("\n", settings.positionLines()));
		return "memo-settings-province";
	}

	@PostMapping("/memo-settings/{province}")
	String save(@PathVariable String province, @RequestParam(defaultValue = "") String office,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String telephone,
			@RequestParam(defaultValue = "") String numberPrefix, @RequestParam(defaultValue = "") String signatoryName,
			@RequestParam(defaultValue = "") String positionLines, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		String name = memos.provinceName(province).orElseThrow(() -> notFound(province));
		MemoSettings settings = new MemoSettings(province, office.strip(), group.strip(), telephone.strip(),
				numberPrefix.strip(), signatoryName.strip(), MemoRepository.lines(positionLines), true);
		String problem = problem(settings, positionLines);
		if (problem != null) {
			redirect.addFlashAttribute("error", problem);
			redirect.addFlashAttribute("settings", settings);
			return "redirect:/memo-settings/" + province;
		}
		memos.save(settings, who.getName());
		String detail = "จังหวัด" + name + ": " + settings.department() + " · ที่ " + settings.numberPrefix() + " · "
				+ settings.signatureLine() + " " + String.join(" / ", settings.positionLines());
		audit.record(AuditLog.Entry.of(who.getName(), Action.MEMO_SETTINGS)
			.detail(detail.length() > 1000 ? detail.substring(0, 1000) : detail)
			.from(request.getRemoteAddr()));
		redirect.addFlashAttribute("message",
				"บันทึกการตั้งค่าบันทึกข้อความของจังหวัด" + name + "แล้ว มีผลกับการประมวลผลครั้งถัดไป");
		return "redirect:/memo-settings/" + province;
	}

	/** What is wrong with the form, as one Thai sentence, or null. */
	static String problem(MemoSettings settings, String positionText) {
		if (settings.office().isEmpty()) {
			return "กรุณากรอกชื่อส่วนราชการ";
		}
		if (settings.signatoryName().isEmpty()) {
			return "กรุณากรอกชื่อผู้ลงนาม";
		}
		if (settings.positionLines().isEmpty()) {
			return "กรุณากรอกตำแหน่งของผู้ลงนามอย่างน้อยหนึ่งบรรทัด";
		}
		for (var field : List.of(new Object[] { settings.office(), 200, "ชื่อส่วนราชการ" },
				new Object[] { settings.group(), 200, "กลุ่มงาน" },
				new Object[] { settings.telephone(), 60, "โทรศัพท์" },
				new Object[] { settings.numberPrefix(), 40, "รหัสหนังสือ" },
				new Object[] { settings.signatoryName(), 200, "ชื่อผู้ลงนาม" },
				new Object[] { String.join("\n", settings.positionLines()), 600, "ตำแหน่ง" })) {
			if (((String) field[0]).length() > (int) field[1]) {
				return field[2] + " ยาวเกิน " + field[1] + " ตัวอักษร";
			}
		}
		if (settings.positionLines().size() > 4) {
			return "ตำแหน่งของผู้ลงนามมีได้ไม่เกิน 4 บรรทัด";
		}
		return null;
	}

	private static ResponseStatusException notFound(String province) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีจังหวัดรหัส " + province);
	}

}
