package app.redline.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findAllByOrderByName();

    boolean existsByName(String name);
}
