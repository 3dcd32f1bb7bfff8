package app.redline.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;

/** The text a thread entry shows, parts joined by " · ", without the date and time (which tests cannot know). */
final class ThreadPanelText {

    private ThreadPanelText() {}

    static String of(Component component) {
        return component.getElement().getTextRecursively();
    }

    static String withoutTimes(Component entry) {
        return entry.getChildren().map(Component::getElement).map(Element::getTextRecursively)
                .map(part -> part.replaceAll(" · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "")
                        .replaceAll(" · revision \\d+", ""))
                .collect(Collectors.joining(" · "));
    }
}
