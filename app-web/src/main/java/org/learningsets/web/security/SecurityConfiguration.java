package org.learningsets.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.learningsets.ejb.security.PasswordHashing;
import org.learningsets.model.security.Role;

/**
 * The accounts in the database, checked by the form sign-in (SignInMechanism). Only enabled accounts sign in (a
 * disabled or demo-outside-demo-mode account is refused like a wrong password). Groups are the roles.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
@DatabaseIdentityStoreDefinition(
        // The application's own data source or the server's LEARNINGSETS_DB_JNDI (see ApplicationDatabase).
        dataSourceLookup = "${learningSetsDatabase.jndiName}",
        callerQuery = "select a.password_hash from account a join person p on p.id = a.person_id "
                + "where p.email = ? and a.enabled = 1",
        groupsQuery = "select r.role_name from account_role r join account a on a.id = r.account_id "
                + "join person p on p.id = a.person_id where p.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM,
            PasswordHashing.ITERATIONS,
            PasswordHashing.SALT_BYTES,
            PasswordHashing.KEY_BYTES
        })
public class SecurityConfiguration {}
