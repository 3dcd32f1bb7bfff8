package app.redline.editor.ui;

import app.redline.document.WordDiff;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A word diff as text components: deletions struck through, insertions highlighted (never as HTML). */
class DiffText extends Div {

    DiffText(List<WordDiff.Part> parts) {
        addClassName("diff-text");
        for (WordDiff.Part part : parts) {
            var span = new Span(part.text());
            switch (part.kind()) {
                case DELETED -> span.addClassName("diff-delete");
                case INSERTED -> span.addClassName("diff-insert");
                case SAME -> { }
            }
            add(span);
        }
    }

    static DiffText between(String before, String after, String language) {
        return new DiffText(WordDiff.between(before, after, language));
    }
}
