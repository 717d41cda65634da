package th.go.cdd.clickreport.rubric;

import java.time.LocalDate;
import java.util.List;

/**
 * A rubric version (SPEC §4): the levels with their conditions, the D floors, the
 * reporting deadline and the services, in force from {@code effectiveFrom} to
 * {@code effectiveTo} (inclusive; null = open).
 *
 * @param levels the graded levels, best first (A, B, C)
 * @param floor the D floors: each condition met earns {@code floor.points()}
 */
public record Rubric(long id, String code, String nameTh, LocalDate effectiveFrom, LocalDate effectiveTo,
		int deadlineDay, int downloadsPerSubdistrict, List<LevelRule> levels, LevelRule floor,
		List<ServiceDefinition> services) {

	public Rubric {
		if (levels.isEmpty()) {
			throw new IllegalArgumentException("A rubric needs at least one level");
		}
		levels = List.copyOf(levels);
		services = List.copyOf(services);
	}

	/** The level ranked directly above {@code levelCode}, or null for the top level. */
	LevelRule levelAbove(String levelCode) {
		if (levelCode.equals(floor.levelCode())) {
			return levels.get(levels.size() - 1);
		}
		for (int i = 1; i < levels.size(); i++) {
			if (levels.get(i).levelCode().equals(levelCode)) {
				return levels.get(i - 1);
			}
		}
		return null;
	}

	LevelRule level(String levelCode) {
		return levels.stream().filter(l -> l.levelCode().equals(levelCode)).findFirst().orElse(floor);
	}

}
