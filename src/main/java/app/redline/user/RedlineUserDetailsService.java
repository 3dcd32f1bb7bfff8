package app.redline.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RedlineUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    RedlineUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(UserService.normalise(username))
                .map(RedlineUserDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    static UserDetails toUserDetails(UserAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
