package app.redline.glossary.ui;

import app.redline.base.ui.UnexpectedErrors;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.exchange.ConceptEntry;
import app.redline.glossary.exchange.CsvGlossaryWriter;
import app.redline.glossary.exchange.GlossaryFileRejectedException;
import app.redline.glossary.exchange.TbxWriter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Import (with a preview) and export of the selected glossary as TBX or CSV. */
class GlossaryTransfer extends HorizontalLayout {

    private final GlossaryImportService importer;
    private final Runnable onImported;
    final Upload upload;
    final Anchor exportCsv = new Anchor();
    final Anchor exportTbx = new Anchor();
    private GlossaryInfo glossary;

    GlossaryTransfer(GlossaryImportService importer, boolean canImport, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setAlignItems(FlexComponent.Alignment.CENTER);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> preview(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".tbx", ".xml", ".csv");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxBytes()));
        upload.setDropLabel(new Span("Import TBX or CSV"));
        upload.setVisible(canImport);
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        exportCsv.setText("Export CSV");
        exportTbx.setText("Export TBX");
        add(upload, exportCsv, exportTbx);
    }

    void setGlossary(GlossaryInfo glossary) {
        this.glossary = glossary;
        if (glossary == null) {
            return;
        }
        String base = glossary.global() ? "glossary" : "glossary-project-" + glossary.projectId();
        exportCsv.setHref(download(base + ".csv", "text/csv", false));
        exportTbx.setHref(download(base + ".tbx", "application/x-tbx+xml", true));
    }

    private DownloadHandler download(String fileName, String contentType, boolean tbx) {
        long glossaryId = glossary.id();
        return DownloadHandler.fromInputStream(event -> {
            List<ConceptEntry> concepts = importer.export(glossaryId);
            var out = new ByteArrayOutputStream();
            if (tbx) {
                TbxWriter.write(concepts, "zh-CN", out);
            } else {
                CsvGlossaryWriter.write(concepts, out);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    private void preview(String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            var concepts = importer.read(fileName, new ByteArrayInputStream(bytes));
            new ImportPreviewDialog(importer, importer.preview(glossary.id(), concepts), fileName, onImported).open();
        } catch (GlossaryFileRejectedException rejected) {
            error(fileName + " was not imported: " + rejected.getMessage());
        } catch (IOException | RuntimeException failure) {
            error(fileName + " was not imported. "
                    + UnexpectedErrors.sentenceFor("the glossary import of " + fileName, failure));
        }
    }

    private static void error(String message) {
        Notification.show(message, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
