package th.go.cdd.clickreport.report;

/**
 * The bytes of the emblem image the office configured ({@code click.memo.emblem}), read
 * once at start, or none.
 */
public record MemoEmblem(byte[] image) {
}
