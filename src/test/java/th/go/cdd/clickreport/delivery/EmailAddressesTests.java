package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressesTests {

	@Test
	void readsOneOrSeveralAddressesInLowerCaseWithoutRepeats() {
		assertThat(EmailAddresses.parse(" Saraban@ChiangRai.go.th ")).containsExactly("saraban@chiangrai.go.th");
		assertThat(EmailAddresses.parse("a.b@cdd.go.th, c_d@cdd.go.th;\ne-f@mail.example.com a.b@CDD.go.th"))
			.containsExactly("a.b@cdd.go.th", "c_d@cdd.go.th", "e-f@mail.example.com");
	}

	@Test
	void refusesWhatIsNotAnAddressWithAThaiReasonNamingIt() {
		assertThatThrownBy(() -> EmailAddresses.parse("")).hasMessageContaining("กรุณากรอกที่อยู่อีเมล");
		assertThatThrownBy(() -> EmailAddresses.parse("saraban.chiangrai.go.th"))
			.hasMessageContaining("“saraban.chiangrai.go.th”")
			.hasMessageContaining("ไม่มีเครื่องหมาย @");
		for (String wrong : new String[] { "a@b", "a@@b.go.th", "a@b..go.th", ".a@b.go.th", "a@-b.go.th",
				"สารบรรณ@cdd.go.th", "a@b.go.th>", "<a@b.go.th>", "a@b.c" }) {
			assertThatThrownBy(() -> EmailAddresses.parse(wrong)).as(wrong)
				.isInstanceOf(EmailAddresses.InvalidAddressException.class)
				.hasMessageContaining("ไม่ใช่ที่อยู่อีเมล");
		}
		assertThatThrownBy(() -> EmailAddresses.parse("ok@cdd.go.th, wrong")).hasMessageContaining("“wrong”");
		assertThatThrownBy(() -> EmailAddresses.parse("a".repeat(250) + "@b.go.th")).hasMessageContaining("ยาวเกิน");
	}

}
