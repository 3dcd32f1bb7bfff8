package app.redline.glossary.exchange;

/** The text of one data-category element (term, note, termNote, descrip, admin) being collected. */
final class TbxCapture {

    final String element;
    final String category;
    final int depth;
    final int line;
    final StringBuilder text = new StringBuilder();

    TbxCapture(String element, String category, int depth, int line) {
        this.element = element;
        this.category = category;
        this.depth = depth;
        this.line = line;
    }

    String value() {
        return TermValues.blankToNull(text.toString());
    }
}
