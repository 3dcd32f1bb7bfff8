package app.redline.api;

import app.redline.base.StorableText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before any controller runs, query parameters, form fields, path variables and uploaded file names that
 * PostgreSQL could not store or compare exactly (a NUL, a broken character): a 400 naming the parameter, instead of a
 * database error deep inside a search or an import.
 */
class StorableRequestText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            StorableText.require("A parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                StorableText.require("The parameter '" + parameter.getKey() + "'", value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> StorableText.require("The path segment {" + name + "}", String.valueOf(value)));
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (MultipartFile file : multipart.getFileMap().values()) {
                StorableText.require("The name of the uploaded file", file.getOriginalFilename());
            }
        }
        return true;
    }
}
