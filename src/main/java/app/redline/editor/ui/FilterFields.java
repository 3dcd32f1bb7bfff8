package app.redline.editor.ui;

import app.redline.document.SegmentStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The editor's two filters: segments by status, and by text found in any of their versions. */
final class FilterFields {

    private FilterFields() {}

    static void configure(ComboBox<SegmentStatus> status, TextField find, Runnable changed) {
        status.setPlaceholder("All statuses");
        status.setItems(SegmentStatus.values());
        status.setItemLabelGenerator(SegmentStatus::label);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> changed.run());
        find.setPlaceholder("Find in document");
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY); // searches once typing pauses, not on every key
        find.addValueChangeListener(change -> changed.run());
    }
}
