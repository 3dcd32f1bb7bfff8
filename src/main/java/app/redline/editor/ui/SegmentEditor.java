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

    interface Actions {
        void saveAndNext(String text);

        /** Submit (or, for a reviewer, approve) and move on. */
        void done(String text);

        void reject(String text);

        void move(boolean forward, String text);

        void leave(String text);

        void revert();
    }

    private static final String VALUE = "element.value";

    /** Issues underlined in the text, laid over the textarea inside the field's input box. */
    final InlineMarks marks = new InlineMarks();

    SegmentEditor(String text, boolean editable, int maxLength, Actions actions) {
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
        on("keydown", "event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey", actions::saveAndNext);
        on("keydown", "event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey", actions::done);
        on("keydown", "event.code === 'KeyR' && event.altKey && event.shiftKey", actions::reject);
        on("keydown", "event.key === 'ArrowDown' && event.altKey", value -> actions.move(true, value));
        on("keydown", "event.key === 'ArrowUp' && event.altKey", value -> actions.move(false, value));
        on("keydown", "event.key === 'Escape'", value -> actions.revert());
        on("focusout", null, actions::leave);
    }

    private void on(String type, String filter, Consumer<String> handler) {
        var registration = getElement().addEventListener(type, event -> handler.accept(valueOf(event)))
                .addEventData(VALUE);
        if (filter != null) {
            registration.setFilter(filter);
        }
    }

    private String valueOf(DomEvent event) {
        var value = event.getEventData().get(VALUE);
        String text = value == null || value.isNull() ? getValue() : value.asString();
        setValue(text);
        return text;
    }
}
