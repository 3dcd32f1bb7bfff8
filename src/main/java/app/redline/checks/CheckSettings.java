package app.redline.checks;

import java.util.Set;

/**
 * What a project switched off: entries naming a check id, a rule id, or a LanguageTool category (whose
 * issues carry rule ids like "TYPOS/MORFOLOGIK_RULE_EN_US").
 */
public record CheckSettings(Set<String> disabled) {

    public static final CheckSettings ALL_ON = new CheckSettings(Set.of());

    public CheckSettings {
        disabled = Set.copyOf(disabled);
    }

    public boolean disables(String checkId) {
        return disabled.contains(checkId);
    }

    public boolean disables(Issue issue) {
        if (disabled.contains(issue.checkId()) || disabled.contains(issue.ruleId())) {
            return true;
        }
        int slash = issue.ruleId().indexOf('/');
        return slash > 0 && (disabled.contains(issue.ruleId().substring(0, slash))
                || disabled.contains(issue.ruleId().substring(slash + 1)));
    }
}
