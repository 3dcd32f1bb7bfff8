package app.redline.document.diff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A word diff as text components: deletions struck through, insertions highlighted (never as HTML). */
public class DiffText extends Div {

    public DiffText() {
        addClassName("diff-text");
    }

    public DiffText(List<WordDiff.Part> parts) {
        this();
        show(parts);
    }

    public static DiffText between(String before, String after, String language) {
        return new DiffText(WordDiff.between(before, after, language));
    }

    /** Shows these parts in place of what it showed. */
    public void show(List<WordDiff.Part> parts) {
        removeAll();
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
}
