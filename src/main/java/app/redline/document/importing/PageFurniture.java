package app.redline.document.importing;

import java.util.List;
import java.util.regex.Pattern;

// Readouts are copied from government web pages and drag the page's chrome along: view counters,
// font-size widgets, publication dates and bylines. Those lines are not part of the article, so the
// translator should see them but not have to translate them. All patterns live here so that a new
// kind of furniture is a one-line change.
final class PageFurniture {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DATE_OR_TIME = String.join("|",
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?",  // 2023-02-09, 2023/2/9, 2023年2月9日
            MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}",          // February 9, 2023
            "\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}",                       // 9 February 2023
            "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?");           // 10:30, 10:30:00, 10:30 am

    private static final Pattern DATE_OR_TIME_TOKEN = Pattern.compile(DATE_OR_TIME, Pattern.CASE_INSENSITIVE);

    // What may surround the dates on a date line: "2022-06-21 0 By", " date 2023-02-09 Date: 2023-02-09".
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "[\\s\\p{P}\\p{S}\\d]*(?:(?:date|time|by|on|at|published|publication|posted|updated|release|released|"
                    + "日期|时间|发布时间)[\\s\\p{P}\\p{S}\\d]*)*",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> WHOLE_LINE = List.of(
            // "Views: 8", "Page views: 1,024", "Clicks: 35"
            Pattern.compile("(?:page\\s*)?(?:views?|visits?|hits|clicks?|reads?|read count|浏览次数|浏览量|阅读量?)"
                    + "\\s*[:：]?\\s*\\d[\\d,]*", Pattern.CASE_INSENSITIVE),
            // "Text Size: Large Medium Small"
            Pattern.compile("(?:text|font)\\s*size\\s*[:：]?(?:\\s*[|/]?\\s*(?:large|medium|middle|small|big|default|"
                    + "normal|[LMS]|A[+-]?|大|中|小))*|字号\\s*[:：]?.{0,12}", Pattern.CASE_INSENSITIVE),
            // "Source: Fuxin News Network", "Editor in charge: Liu Dongmei": a short label-value pair, not a sentence.
            Pattern.compile("(?:sources?|editors?|editor in charge|responsible editor|chief editor|editor-in-chief|"
                    + "executive editor|authors?|reporters?|correspondents?|photographers?|proofreaders?|"
                    + "proofreading|reviewers?|typesetting|translators?|来源|责任编辑|编辑|作者|记者)"
                    + "\\s*[:：](?!.*[.!?]\\s+(?-i:\\p{Lu})).{1,80}", Pattern.CASE_INSENSITIVE),
            // "【Print】 【Close】", "Share to | Back to top"
            Pattern.compile("(?:[\\s|/]*[\\[【(]?\\s*(?:print|close|close window|share|share to|back to top|"
                    + "favorites?|collect)\\s*[\\]】)]?)+[\\s|/:：]*", Pattern.CASE_INSENSITIVE));

    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    // Furniture is a label and a short value; anything longer is content, and skipping the patterns for it
    // keeps classification cheap on long readouts.
    private static final int MAX_FURNITURE_LENGTH = 120;

    private PageFurniture() {
    }

    static boolean isFurniture(String segment) {
        String line = segment.strip();
        if (!HAS_LETTER.matcher(line).find()) {
            return true;
        }
        if (line.length() > MAX_FURNITURE_LENGTH) {
            return false;
        }
        if (isDateLine(line)) {
            return true;
        }
        for (Pattern pattern : WHOLE_LINE) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateLine(String line) {
        if (!DATE_OR_TIME_TOKEN.matcher(line).find()) {
            return false;
        }
        String rest = DATE_OR_TIME_TOKEN.matcher(line).replaceAll(" ");
        return DATE_LINE_REST.matcher(rest).matches();
    }
}
