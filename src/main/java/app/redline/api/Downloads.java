package app.redline.api;

import app.redline.delivery.ExportFile;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export as a file download; X-Redline-Draft says whether it is marked draft (not signed off). */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Redline-Draft", String.valueOf(file.draft()).toLowerCase(Locale.ROOT))
                .body(file.bytes());
    }

    /** The headers of a download written straight to the response as it is produced (never marked draft). */
    static void start(HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Redline-Draft", "false");
    }
}
