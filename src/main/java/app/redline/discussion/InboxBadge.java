package app.redline.discussion;

import app.redline.base.ui.MenuBadge;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The number of unread inbox items, beside "Inbox" in the menu. */
@Component
class InboxBadge implements MenuBadge {

    private final CommentService comments;

    InboxBadge(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public String path() {
        return "inbox";
    }

    @Override
    public int count() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken) {
            return 0;
        }
        return comments.unreadCount();
    }
}
