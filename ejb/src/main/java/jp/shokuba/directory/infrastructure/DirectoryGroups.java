package jp.shokuba.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The roles of a person signed in by another store (the identity provider's, with single sign-on):
 * whatever the token says, roles come from the directory. Only active with single sign-on; with the
 * login form {@link StaffIdentityStore} returns the roles itself.
 */
@ApplicationScoped
public class DirectoryGroups implements IdentityStore {

    @Inject
    StaffRepository staff;

    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean demoMode;

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return staff.byLogin(validationResult.getCallerPrincipal().getName()).filter(s -> s.maySignIn(demoMode))
                .map(s -> s.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.PROVIDE_GROUPS);
    }
}
