package app.redline.delivery;

/** A file to download; {@code draft} when the document was not signed off and the file says so. */
public record ExportFile(String fileName, String contentType, byte[] bytes, boolean draft) {}
