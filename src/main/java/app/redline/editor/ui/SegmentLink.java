package app.redline.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.LongConsumer;

/** A link straight to one segment ({@code /edit/12?segment=345}, as the review queue makes them). */
final class SegmentLink {

    private SegmentLink() {}

    /** Opens the linked segment once the view is on screen: its checks report to the UI, which is not there before. */
    static void openWhenAttached(BeforeEvent event, Component view, LongConsumer open) {
        event.getLocation().getQueryParameters().getSingleParameter("segment").flatMap(SegmentLink::asId)
                .ifPresent(segmentId -> runWhenAttached(view, () -> open.accept(segmentId)));
    }

    private static void runWhenAttached(Component view, Runnable work) {
        if (view.isAttached()) {
            work.run();
            return;
        }
        var registration = new Registration[1];
        registration[0] = view.addAttachListener(attach -> {
            registration[0].remove();
            work.run();
        });
    }

    private static Optional<Long> asId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
