package app.redline.api;

import app.redline.review.ExportFile;
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
}
