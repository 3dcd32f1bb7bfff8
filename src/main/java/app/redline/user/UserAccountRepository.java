package app.redline.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByDemoPasswordIsNull();

    List<UserAccount> findByEnabledTrueAndDemoPasswordTrueOrderByUsername();
}
