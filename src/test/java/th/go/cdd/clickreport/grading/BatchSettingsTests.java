package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

class BatchSettingsTests {

	@Test
	void withNothingSetTheDefaultsHold() {
		assertThat(bind(BatchSettings.class))
			.isEqualTo(new BatchSettings(500, 0, 500, 50, false, "click.batch.partitions", 8, 120));
	}

	@Test
	void aSettingOverridesItsDefaultOnly() {
		BatchSettings settings = bind(BatchSettings.class, "click.batch.chunk-size=200", "click.batch.threads=3",
				"click.batch.queue=q", "click.batch.remote-timeout-minutes=5");
		assertThat(settings.chunkSize()).isEqualTo(200);
		assertThat(settings.threadsOrCores()).isEqualTo(3);
		assertThat(settings.queue()).isEqualTo("q");
		assertThat(settings.remoteTimeoutMinutes()).isEqualTo(5);
		assertThat(settings.partitionDistricts()).isEqualTo(50);
	}

	@Test
	void zeroThreadsMeansTheCores() {
		assertThat(bind(BatchSettings.class).threadsOrCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	@Test
	void aBadValueIsRefusedAtStartNamingTheSetting() {
		assertThatThrownBy(() -> bind(BatchSettings.class, "click.batch.chunk-size=0"))
			.isInstanceOf(BindException.class)
			.hasRootCauseMessage("click.batch.chunk-size must be positive, not 0");
		assertThatThrownBy(() -> bind(BatchSettings.class, "click.batch.threads=-1"))
			.hasRootCauseMessage("click.batch.threads must be 0 (the number of cores) or more, not -1");
		assertThatThrownBy(() -> bind(BatchSettings.class, "click.batch.partition-districts=many"))
			.isInstanceOf(BindException.class)
			.hasMessageContaining("click.batch.partition-districts");
	}

}
