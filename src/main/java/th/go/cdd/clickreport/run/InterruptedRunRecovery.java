package th.go.cdd.clickreport.run;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.grading.AbandonedRuns;

/**
 * At start, before the schedule can fire: runs left STARTING/STARTED/STOPPING by a
 * process that is gone (a server or command that stopped, was killed or ran out of
 * memory) are marked FAILED, so that they can be restarted where they stopped; runs whose
 * process is alive (another server, a command) are left alone. Every launch checks the
 * same before it starts ({@link AbandonedRuns}).
 */
@Component
class InterruptedRunRecovery implements SmartInitializingSingleton {

	private final AbandonedRuns abandoned;

	InterruptedRunRecovery(AbandonedRuns abandoned) {
		this.abandoned = abandoned;
	}

	@Override
	public void afterSingletonsInstantiated() {
		recover();
	}

	/**
	 * @return the ids of the runs marked FAILED
	 */
	List<Long> recover() {
		return abandoned.recover();
	}

}
