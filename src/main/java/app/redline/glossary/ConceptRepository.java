package app.redline.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConceptRepository extends JpaRepository<Concept, Long> {

    @EntityGraph(attributePaths = "terms")
    @Query("select c from Concept c where c.id in :ids")
    List<Concept> withTerms(List<Long> ids);

    @EntityGraph(attributePaths = "terms")
    @Query("select c from Concept c where c.glossaryId = :glossaryId order by c.id")
    List<Concept> allWithTerms(long glossaryId);

    /** Other concepts of the glossary holding a term with this text (any case) in this language family. */
    @Query("""
            select distinct c from Concept c join c.terms t
            where c.glossaryId = :glossaryId and lower(t.text) = lower(:text)
              and (:excludeId is null or c.id <> :excludeId)""")
    List<Concept> holdingText(long glossaryId, String text, Long excludeId);
}
