package app.redline;

import static org.awaitility.Awaitility.await;

import app.redline.user.Role;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** In-process Vaadin (Karibu-Testing) on the shared Spring context, signed in as a chosen user. */
public final class ViewTests {

    private static final Routes ROUTES = discoverRoutes();

    private ViewTests() {}

    public static void start(ApplicationContext context, String username, Role... roles) {
        // As after the sign-in form: the roles, and the password factor that Spring Security adds on a password sign-in.
        var authorities = new ArrayList<GrantedAuthority>(
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        // The view access checks read the servlet request, as they would behind Spring Security.
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }

    /** Karibu's own discovery skips package-private views, which ours are; Spring's scanner finds them. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("app.redline");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("app.redline")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), ViewTests.class.getClassLoader()));
        }
        return routes;
    }

    /**
     * Updates pushed from other threads reach the mock UI when the test runs its queue: runs it (on the test's thread,
     * which owns the UI) until {@code shown} holds, failing with {@code what} after {@code atMost}.
     */
    public static void awaitOnScreen(String what, Duration atMost, BooleanSupplier shown) {
        await(what).atMost(atMost).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.getAsBoolean();
        });
    }

    /**
     * Clicks as the browser would: an exception the screen's listener lets through goes to the session's error
     * handler, as Vaadin hands it on when it handles the browser's request. (A plain {@code click()} throws it.)
     */
    public static void clickAsTheBrowserWould(Button button) {
        try {
            button.click();
        } catch (RuntimeException uncaught) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(uncaught));
        }
        MockVaadin.runUIQueue();
    }

    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
