package th.go.cdd.clickreport.generate;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Random streams keyed by (seed, district) and (seed, district, month), so that what is
 * generated for one district and month never depends on which other provinces or months
 * were asked for.
 */
final class Seeds {

	private static final long DISTRICT_SALT = 0x5DEECE66DL;

	private static final long MONTH_SALT = 0x2545F4914F6CDD1DL;

	private Seeds() {
	}

	/**
	 * Traits drawn once per district: its diligence, its number of officials, its
	 * services.
	 */
	static SplittableRandom district(long seed, String districtCode) {
		return new SplittableRandom(mix(mix(seed ^ DISTRICT_SALT) + districtCode.hashCode()));
	}

	/** What the district does in one month. */
	static SplittableRandom month(long seed, String districtCode, YearMonth month) {
		long key = mix(mix(seed ^ MONTH_SALT) + districtCode.hashCode());
		return new SplittableRandom(mix(key + month.getYear() * 12L + month.getMonthValue()));
	}

	/**
	 * Stafford's variant 13 of the MurmurHash3 finaliser: neighbouring keys give
	 * unrelated streams.
	 */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
