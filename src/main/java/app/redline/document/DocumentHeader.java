package app.redline.document;

public record DocumentHeader(long id, long projectId, String title, String originalFileName, int segmentCount) {}
