package app.redline.discussion;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username} candidates in a comment body, with the user-name alphabet of user accounts. An {@code @}
 * inside a word (an e-mail address) is no mention, and a sentence's full stop after the name is not part of it.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{Alnum}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})");

    private Mentions() {}

    static Set<String> candidates(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (name.length() >= 2) {
                names.add(name);
            }
        }
        return names;
    }
}
