package app.redline.review;

import java.util.List;

/** What "submit my drafts" did: the segments it submitted and those it left, each with the reason. */
public record DraftSubmission(List<Submitted> submitted, List<Skipped> skipped) {

    public record Submitted(long segmentId, int position) {}

    public record Skipped(long segmentId, int position, String reason) {}

    public DraftSubmission {
        submitted = List.copyOf(submitted);
        skipped = List.copyOf(skipped);
    }

    /** For a notification: "3 submitted, 1 skipped". */
    public String summary() {
        return submitted.size() + " submitted, " + skipped.size() + " skipped";
    }
}
