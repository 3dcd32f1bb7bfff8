package app.redline.base.ui;

import app.redline.base.database.DatabaseUnavailable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * While the database is down, a screen action says so in a notice instead of failing without a word; every other
 * error goes on to {@link UnexpectedErrorHandler} (a sentence with a reference, never the exception). Screens that
 * catch the failure themselves (a save that keeps the typed text) show their own sentence with {@link #show(String)}.
 */
@Component
public class DatabaseOutageNotices implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotices.class);
    private static final String OPEN_NOTICE = "redline.database-outage-notice";
    private final ErrorHandler others = new UnexpectedErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseUnavailable.causedBy(event.getThrowable())) {
            others.error(event);
            return;
        }
        log.warn("A screen action failed because the database is unavailable: {}", event.getThrowable().toString());
        UI ui = UI.getCurrent();
        if (ui != null && openNotice(ui) == null) { // one failure often fails several actions: say it once
            show(DatabaseUnavailable.NOTICE);
        }
    }

    /** Shows the sentence in place of any outage notice already open in this UI, so notices never pile up. */
    public static void show(String sentence) {
        UI ui = UI.getCurrent();
        Notification open = ui == null ? null : openNotice(ui);
        if (open != null) {
            open.close();
        }
        Notification notice = Notification.show(sentence, 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.addClassName("database-unavailable");
        if (ui != null) {
            ComponentUtil.setData(ui, OPEN_NOTICE, notice);
            notice.addOpenedChangeListener(change -> {
                if (!change.isOpened() && ComponentUtil.getData(ui, OPEN_NOTICE) == notice) {
                    ComponentUtil.setData(ui, OPEN_NOTICE, null);
                }
            });
        }
    }

    private static Notification openNotice(UI ui) {
        Object open = ComponentUtil.getData(ui, OPEN_NOTICE);
        return open instanceof Notification notice && notice.isOpened() ? notice : null;
    }
}
