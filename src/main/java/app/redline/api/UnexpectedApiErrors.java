package app.redline.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * The last resolver in line: an exception under /api/ that no advice handled (a bug, a broken database statement)
 * answers 500 problem JSON with a reference instead of escaping to the servlet container.
 */
class UnexpectedApiErrors implements HandlerExceptionResolver, Ordered {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        String path = PATHS.getPathWithinApplication(request);
        if (!UnexpectedFailures.isApi(path)) {
            return null;
        }
        try {
            UnexpectedFailures.answer(request, path, failure, response);
        } catch (IOException | RuntimeException unwritable) {
            failure.addSuppressed(unwritable);
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
