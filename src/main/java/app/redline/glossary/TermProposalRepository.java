package app.redline.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermProposalRepository extends JpaRepository<TermProposal, Long> {

    List<TermProposal> findByStatusOrderByProposedAt(TermProposal.Status status);

    List<TermProposal> findByProposedByOrderByProposedAtDesc(String proposedBy);
}
