package th.go.cdd.clickreport.reporting;

/**
 * A problem (or warning) with one field of a report, in Thai. {@code field} is the JSON
 * path of the API's body: {@code officialsTotal}, {@code prMedia[2].channels},
 * {@code downloads[0].downloads}, {@code downloads} (a sub-district missing),
 * {@code month}, {@code version}, {@code reason}, {@code photo}, or null for the body as
 * a whole.
 */
public record FieldError(String field, String message) {
}
