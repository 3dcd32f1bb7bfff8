package app.redline.api;

import app.redline.base.StorableText;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body with a string PostgreSQL could not store exactly (a NUL, or an unpaired surrogate written as
 * "\ud800", which the database driver would save as '?' while the answer echoed the original): a 400 naming the
 * field, and nothing stored. Walks the request records the controllers declare, their lists and maps.
 */
@RestControllerAdvice
class StorableRequestBody extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 8;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converter) {
        check(body, "", 0);
        return body;
    }

    private static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            StorableText.require(path.isEmpty() ? "The request body" : "The field '" + path + "'", text.toString());
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(item, path + "[" + index++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                check(key, path, depth + 1);
                check(item, join(path, String.valueOf(key)), depth + 1);
            });
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int index = 0; index < Array.getLength(value); index++) {
                check(Array.get(value, index), path + "[" + index + "]", depth + 1);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), join(path, component.getName()), depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true); // the request records are package-private
            return accessor.invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("Cannot read " + component, unreadable);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
