package app.redline.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentRepository extends JpaRepository<Segment, Long> {}
