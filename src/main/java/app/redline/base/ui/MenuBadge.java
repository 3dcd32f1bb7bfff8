package app.redline.base.ui;

/**
 * A count shown beside a menu entry, such as unread inbox items. Features implement it as a bean; the main
 * layout, which may not depend on them, asks each one when the user moves to another view.
 */
public interface MenuBadge {

    /** The menu entry's route, as in {@code @Route}. */
    String path();

    /** For the signed-in user; 0 hides the badge. */
    int count();
}
