package app.redline.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The editor's top line: back to the documents, the document's title, and the keyboard shortcuts. */
final class EditorHeader {

    static final String SHORTCUTS = "Enter open · Ctrl+Enter save and next · Ctrl+Shift+Enter submit (reviewers: approve) "
            + "and next · Alt+Shift+R reject · Esc revert · Alt+↓ / Alt+↑ next / previous";

    private EditorHeader() {}

    static Component of(H3 title) {
        var back = new Anchor("", "← Documents");
        var hint = new Span(SHORTCUTS);
        hint.addClassName("shortcut-hint");
        var header = new HorizontalLayout(back, title, hint);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }
}
