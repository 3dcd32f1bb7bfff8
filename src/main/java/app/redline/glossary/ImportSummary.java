package app.redline.glossary;

public record ImportSummary(int created, int replaced, int merged, int kept, int unchanged, int terms) {

    public String describe() {
        return created + " new concepts, " + replaced + " replaced, " + merged + " merged, " + kept + " kept as they were, "
                + unchanged + " unchanged (" + terms + " terms written).";
    }
}
