package app.redline.api;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What keeps every answer under /api/ a problem JSON with a status a script can act on; see the classes it wires. */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StorableRequestText()).addPathPatterns("/api/**");
    }

    @Bean
    UnexpectedApiErrors unexpectedApiErrors() {
        return new UnexpectedApiErrors();
    }

    /** Before the security filters (-100), which would send an error dispatch to the browser's sign-in page. */
    @Bean
    FilterRegistrationBean<ApiErrorDispatch> apiErrorDispatch() {
        var registration = new FilterRegistrationBean<>(new ApiErrorDispatch());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
