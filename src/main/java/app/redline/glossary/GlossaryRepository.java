package app.redline.glossary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryRepository extends JpaRepository<Glossary, Long> {

    @Query("select g from Glossary g where g.projectId is null")
    Glossary global();

    Optional<Glossary> findByProjectId(long projectId);

    @Query("select g from Glossary g order by case when g.projectId is null then 0 else 1 end, g.name")
    List<Glossary> allGlobalFirst();
}
