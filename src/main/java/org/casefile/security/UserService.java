package org.casefile.security;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casefile.UserFacingException;
import org.casefile.store.KeyRing;
import org.casefile.store.Transactions;
import org.casefile.store.UnlockedKeyRing;

/** Accounts: the database row says who a person is; the key ring entry lets their password open the store. */
public final class UserService {
    private final Transactions transactions;
    private final UnlockedKeyRing keys;
    private final AuditLog audit;
    private final Clock clock;

    UserService(Transactions transactions, UnlockedKeyRing keys, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public User create(NewAccount account, char[] password, String actor) {
        return transactions.write(em -> create(em, account, password, actor));
    }

    User create(EntityManager em, NewAccount account, char[] password, String actor) {
        NewAccount clean = validate(account, password);
        boolean taken = !em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", clean.username())
                .getResultList().isEmpty();
        if (taken || keys.hasUser(clean.username())) {
            throw new UserFacingException("user.usernameTaken", clean.username());
        }
        UserAccount row = new UserAccount(clean.username(), clean.displayName(), clean.initials(), clean.role(),
                clock.instant());
        em.persist(row);
        em.flush();
        audit.append(em, AuditEvent.of(actor, AuditAction.USER_CREATED).about("user", row.toRecord().id())
                .withDetail("role " + clean.role().name()));
        // Last, so a failure to save the key ring rolls the new row back with it.
        keys.putUser(clean.username(), password);
        return row.toRecord();
    }

    public List<User> all() {
        return transactions.read(em -> em.createQuery("from UserAccount u order by u.displayName", UserAccount.class)
                .getResultStream().map(UserAccount::toRecord).toList());
    }

    Optional<UserAccount> findEnabled(EntityManager em, String username) {
        return em.createQuery("from UserAccount u where u.username = :name and u.enabled = true", UserAccount.class)
                .setParameter("name", KeyRing.normaliseUser(username))
                .getResultStream().findFirst();
    }

    static NewAccount validate(NewAccount account, char[] password) {
        String username = account.username() == null ? "" : KeyRing.normaliseUser(account.username());
        String name = account.displayName() == null ? "" : account.displayName().strip();
        String initials = account.initials() == null ? "" : account.initials().strip().toUpperCase(java.util.Locale.ROOT);
        if (!username.matches("[\\p{L}\\p{N}._-]{2,64}")) {
            throw new UserFacingException("user.usernameInvalid");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new UserFacingException("user.nameRequired");
        }
        if (!initials.matches("\\p{Lu}{1,4}")) {
            throw new UserFacingException("user.initialsInvalid");
        }
        PasswordPolicy.problem(password, username).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MINIMUM_LENGTH);
        });
        return new NewAccount(username, name, initials, account.role());
    }
}
