package th.go.cdd.clickreport.submission;

/**
 * One thing wrong with an entry (or one warning about it): the field it concerns and a
 * Thai sentence.
 */
public record Problem(EntryField field, String message) {
}
