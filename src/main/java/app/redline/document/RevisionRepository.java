package app.redline.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    @Query("select coalesce(max(r.revisionNo), 0) from Revision r where r.segmentId = :segmentId")
    int lastRevisionNo(long segmentId);

    List<Revision> findBySegmentIdOrderByRevisionNoDesc(long segmentId);

    Optional<Revision> findFirstBySegmentIdOrderByRevisionNoDesc(long segmentId);
}
