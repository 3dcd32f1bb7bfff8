package app.redline.document;

public record ImportResult(long documentId, String title, int segmentCount) {}
