package th.go.cdd.clickreport.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Time the JVM's JIT compilers have spent, as {@link CompilationMXBean} counts it (summed
 * over the compiler threads). On two cores the compilers take a core of their own for the
 * first minute of a run and keep compiling for minutes after: whatever runs then is
 * slowed by them, so the bench warms up until they are nearly idle and shows, per month,
 * how much they ran during our job and during the baselines.
 */
final class JitMeter {

	private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();

	/**
	 * Whether this JVM counts compilation time; when it does not, {@link #millis()} stays
	 * 0.
	 */
	boolean counts() {
		return compiler != null && compiler.isCompilationTimeMonitoringSupported();
	}

	long millis() {
		return counts() ? compiler.getTotalCompilationTime() : 0;
	}

}
