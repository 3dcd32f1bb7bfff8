package app.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.glossary.ConceptData;
import app.redline.glossary.ConceptRejectedException;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.discussion.CommentService;
import app.redline.user.ApiTokenService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The services the screens call refuse text PostgreSQL cannot store exactly, with a message the screen shows, rather
 * than failing in the database (NUL) or saving '?' for an unpaired surrogate.
 */
@IntegrationTest
class UnstorableTextServicesTest {

    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired CommentService comments;
    @Autowired GlossaryService glossaries;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    ProjectInfo project;
    SegmentSnapshot segment;

    @BeforeEach
    void importDocument() {
        project = DocumentFixtures.newProject(projects);
        var result = DocumentFixtures.importText(importer, project.id(), "The first sentence.\n\nThe second sentence.");
        segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(result.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
    }

    @Test
    void segmentSaveRefusesAnUnpairedSurrogateAndStoresNothing() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "Broken \uD800 text", segment.version())))
                .isInstanceOf(UserMessageException.class)
                .hasMessageContaining("The clean text contains a broken character (unpaired surrogate U+D800");

        assertThat(jdbc.queryForObject("select clean_text from segment where id = ?", String.class, segment.id()))
                .isEqualTo(segment.cleanText());
    }

    @Test
    void commentRefusesAnUnpairedSurrogate() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> comments.post(segment.id(), "Broken \uDC00 comment")))
                .isInstanceOf(UserMessageException.class)
                .hasMessageContaining("The comment contains a broken character");
    }

    @Test
    void conceptRefusesANulOrAnUnpairedSurrogateInAnyField() {
        long glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
        var term = new TermData(null, "en-US", "dual carbon", TermStatus.PREFERRED, false, null, null, "a\0note", null);
        var concept = new ConceptData(null, glossaryId, "Ecology\uD800", null, null, List.of(term), null, null, 0);

        assertThatThrownBy(() -> Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.save(concept)))
                .isInstanceOfSatisfying(ConceptRejectedException.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("The subject field contains a broken character"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("The note of term 1 contains a NUL character")));
    }

    @Test
    void tokenNameRefusesANul() {
        // As after a password sign-in (roles and the password factor), the way the Tokens screen calls it.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "translator", null, List.of(new SimpleGrantedAuthority(Role.TRANSLATOR.authority()),
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))));
        try {
            assertThatThrownBy(() -> tokens.issueForCurrentUser("script\0"))
                    .isInstanceOf(UserMessageException.class)
                    .hasMessageContaining("The token name contains a NUL character");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
