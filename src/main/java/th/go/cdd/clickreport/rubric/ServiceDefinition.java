package th.go.cdd.clickreport.rubric;

/**
 * A Click ชุมชน service that districts must keep up to date (item 2), e.g. SHOP / Shop
 * ชุมชน.
 */
public record ServiceDefinition(String code, String nameTh) {
}
