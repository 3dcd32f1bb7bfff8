package app.redline.document.ui;

import app.redline.base.ui.UnexpectedErrors;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.importing.ReadoutRejectedException;
import app.redline.project.ProjectInfo;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Drag-and-drop import of a readout. The import runs off the UI thread and reports its progress by server
 * push, so a 10,000-segment file never freezes the page.
 */
class ImportPanel extends VerticalLayout {

    private final DocumentImportService importer;
    private final TaskExecutor executor;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    private ProjectInfo project;
    private Consumer<ImportResult> onImported = result -> {};
    private UI ui;

    ImportPanel(DocumentImportService importer, TaskExecutor executor) {
        this.importer = importer;
        this.executor = executor;
        setPadding(false);
        setSpacing(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> startImport(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxBytes()));
        upload.setDropLabel(new Span("Drop a machine-translated readout (UTF-8 .txt) here"));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()
                + " Readouts are UTF-8 text files of at most " + importer.maxBytes() / (1024 * 1024) + " MB."));
        progress.setVisible(false);
        progress.setWidth("24em");
        add(upload, status, progress);
        setVisible(CurrentUser.hasRole(Role.Names.TRANSLATOR) || CurrentUser.hasRole(Role.Names.ADMIN));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    void setProject(ProjectInfo project) {
        this.project = project;
    }

    void onImported(Consumer<ImportResult> listener) {
        this.onImported = listener;
    }

    private void startImport(String fileName, byte[] bytes) {
        ProjectInfo target = project;
        if (target == null) {
            ui.access(() -> showError("Choose a project first."));
            return;
        }
        var context = SecurityContextHolder.getContext();
        ui.access(() -> {
            progress.setVisible(true);
            progress.setIndeterminate(true);
            status.setText("Importing " + fileName + "…");
        });
        executor.execute(new DelegatingSecurityContextRunnable(() -> runImport(target, fileName, bytes), context));
    }

    private void runImport(ProjectInfo target, String fileName, byte[] bytes) {
        try {
            ImportResult result = importer.importReadout(target.id(), fileName, bytes, (step, done, total) ->
                    ui.access(() -> {
                        progress.setIndeterminate(total <= 1);
                        progress.setValue(total <= 1 ? 0 : (double) done / total);
                        status.setText(total <= 1 ? step + "…" : step + ": " + done + " of " + total);
                    }));
            ui.access(() -> {
                finish("Imported \"" + result.title() + "\": " + result.segmentCount() + " segments.");
                upload.clearFileList();
                onImported.accept(result);
            });
        } catch (ReadoutRejectedException rejected) {
            ui.access(() -> {
                finish("");
                upload.clearFileList();
                showError(fileName + " was not imported: " + rejected.getMessage());
            });
        } catch (RuntimeException failure) {
            String sentence = UnexpectedErrors.sentenceFor("the import of " + fileName, failure);
            ui.access(() -> {
                finish("");
                upload.clearFileList();
                showError(fileName + " was not imported; nothing was saved. " + sentence);
            });
        }
    }

    private void finish(String message) {
        progress.setVisible(false);
        status.setText(message);
    }

    private static void showError(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
