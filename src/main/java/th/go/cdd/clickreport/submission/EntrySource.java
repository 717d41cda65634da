package th.go.cdd.clickreport.submission;

/**
 * Where a district's entry comes from: a row of a CSV bundle (SPEC §7) or the online form
 * and its REST API (SPEC §9). The rules of SPEC §6 are the same for both; the source
 * decides how a problem names its field (the CSV column, or the form's Thai label) and
 * the two places where the CSV import keeps a row that the form refuses: a title over the
 * column's size (cut, with a warning) and an unreadable head count (dropped, with a
 * warning). A form can ask the person to fix it; a file cannot.
 */
public enum EntrySource {

	CSV, FORM

}
