package app.redline.quality;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

/**
 * Word-level edit distance, TER-style: the fewest word insertions, deletions and substitutions the diff finds
 * (a replaced block of n words by m words is max(n, m) edits). Unlike TER, moved blocks are not shifts.
 */
final class WordEdits {

    private WordEdits() {}

    static int between(List<String> from, List<String> to) {
        if (from.equals(to)) {
            return 0;
        }
        int edits = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            edits += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return edits;
    }

    /** Edits per reference token; null for an empty reference. */
    static Double rate(int edits, int referenceTokens) {
        return referenceTokens == 0 ? null : (double) edits / referenceTokens;
    }
}
