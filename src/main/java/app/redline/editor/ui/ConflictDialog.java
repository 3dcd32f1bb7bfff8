package app.redline.editor.ui;

import app.redline.document.SegmentConflictException;
import app.redline.document.SegmentSnapshot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import app.redline.document.diff.DiffText;

/**
 * Shown when someone saved the segment first: both texts side by side, the difference between them, and a
 * merge field. Nothing is lost whichever button is pressed; closing keeps the user's text in the editor.
 */
class ConflictDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final TextArea mine = new TextArea("Your version (not saved)");
    final TextArea theirs = new TextArea();
    final TextArea merged = new TextArea("Merged text");
    final Button keepMine = new Button("Keep mine");
    final Button takeTheirs = new Button("Take theirs");
    final Button saveMerged = new Button("Save merged");

    /**
     * @param saveOverCurrent saves a text on top of the current version (a new revision)
     * @param acceptCurrent   drops the user's text and shows the current version
     */
    ConflictDialog(SegmentConflictException conflict, String language, Consumer<String> saveOverCurrent,
                   Consumer<SegmentSnapshot> acceptCurrent) {
        SegmentSnapshot current = conflict.current();
        setHeaderTitle("Segment " + current.position() + " was changed by someone else");
        setWidth("min(70em, 95vw)");
        setCloseOnOutsideClick(false);

        mine.setValue(conflict.attemptedText());
        mine.setReadOnly(true);
        theirs.setLabel("Saved by " + current.updatedBy()
                + (current.updatedAt() == null ? "" : " at " + WHEN.format(current.updatedAt())));
        theirs.setValue(current.cleanText());
        theirs.setReadOnly(true);
        merged.setValue(conflict.attemptedText());
        for (TextArea area : new TextArea[] {mine, theirs, merged}) {
            area.setWidthFull();
        }
        var sideBySide = new HorizontalLayout(mine, theirs);
        sideBySide.setWidthFull();
        mine.addClassName("conflict-column");
        theirs.addClassName("conflict-column");

        var content = new VerticalLayout(
                new Paragraph("Your text was not saved, because another save happened after you opened the "
                        + "segment. Choose a version, or merge them below."),
                sideBySide,
                new H4("What differs (theirs → yours)"),
                DiffText.between(current.cleanText(), conflict.attemptedText(), language),
                merged);
        content.setPadding(false);
        add(content);

        keepMine.addClickListener(click -> {
            close();
            saveOverCurrent.accept(conflict.attemptedText());
        });
        takeTheirs.addClickListener(click -> {
            close();
            acceptCurrent.accept(current);
        });
        saveMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMerged.addClickListener(click -> {
            close();
            saveOverCurrent.accept(merged.getValue());
        });
        getFooter().add(takeTheirs, keepMine, saveMerged);
    }
}
