package app.redline.editor.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomEvent;
import java.util.function.Consumer;

/**
 * The text field of the open segment. Keys are handled from DOM events that carry the field's current
 * value, so a shortcut pressed right after typing never acts on a stale value.
 */
class SegmentEditor extends TextArea {

    /** What each key does; the field holds the browser's current text by the time one runs. */
    record Keys(Runnable saveAndNext, Runnable submitAndNext, Runnable reject, Runnable next, Runnable previous,
                Runnable leave, Runnable revert) {}

    /** The selected characters start–end (UTF-16, end exclusive) of {@code text}, the browser's text at that moment. */
    record Selection(int start, int end, String text) {
        String selected() {
            return text.substring(start, end);
        }
    }

    private static final String READ_SELECTION = "const t = this.inputElement;"
            + " return t ? t.selectionStart + ',' + t.selectionEnd + ',' + t.value : '0,0,';";

    /** Asks the browser what is selected in the field; the answer arrives in a later round trip. */
    void readSelection(Consumer<Selection> then) {
        getElement().executeJs(READ_SELECTION).then(String.class, answer -> {
            String[] parts = answer.split(",", 3); // the text comes last: its own commas stay in it
            String text = parts.length == 3 ? parts[2] : "";
            int end = parts.length == 3 ? Math.clamp(Integer.parseInt(parts[1]), 0, text.length()) : 0;
            int start = parts.length == 3 ? Math.clamp(Integer.parseInt(parts[0]), 0, end) : 0;
            then.accept(new Selection(start, end, text));
        });
    }

    private static final String VALUE = "element.value";

    /** Issues underlined in the text, laid over the textarea inside the field's input box. */
    final InlineMarks marks = new InlineMarks();

    SegmentEditor(String text, boolean editable, int maxLength, Keys keys) {
        addClassName("segment-editor");
        setWidthFull();
        setValue(text);
        setReadOnly(!editable);
        setMaxLength(maxLength);
        setAriaLabel("Clean version");
        // The suffix slot puts it inside the input box; the textarea slot would make it the field itself.
        marks.getElement().setAttribute("slot", "suffix");
        getElement().appendChild(marks.getElement());
        // The server hears the text when typing pauses, which is when checks run.
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(400);
        on("keydown", "event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey", keys.saveAndNext());
        on("keydown", "event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey", keys.submitAndNext());
        on("keydown", "event.code === 'KeyR' && event.altKey && event.shiftKey", keys.reject());
        on("keydown", "event.key === 'ArrowDown' && event.altKey", keys.next());
        on("keydown", "event.key === 'ArrowUp' && event.altKey", keys.previous());
        on("keydown", "event.key === 'Escape'", keys.revert());
        on("focusout", null, keys.leave());
    }

    private void on(String type, String filter, Runnable handler) {
        var registration = getElement().addEventListener(type, event -> {
                    takeValueOf(event);
                    handler.run();
                })
                .addEventData(VALUE);
        if (filter != null) {
            registration.setFilter(filter);
        }
    }

    private void takeValueOf(DomEvent event) {
        var value = event.getEventData().get(VALUE);
        if (value != null && !value.isNull()) {
            setValue(value.asString());
        }
    }
}
