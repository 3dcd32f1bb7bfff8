package app.redline.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByDemoPasswordIsNull();

    List<UserAccount> findByEnabledTrueAndDemoPasswordTrueOrderByUsername();

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true and u.id <> :exceptId")
    long countOtherEnabledWithRole(Role role, long exceptId);

    /** Held until the transaction ends: changes that could leave no administrator take turns. */
    @Query(value = "select 1 from pg_advisory_xact_lock(hashtext('redline.administrators'))", nativeQuery = true)
    int lockAdministrators();
}
