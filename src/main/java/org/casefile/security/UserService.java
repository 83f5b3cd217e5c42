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

    /**
     * Adds a colleague. Only an administrator may; their password opens the store through their own key ring
     * entry (the store key wrapped for them), so nobody learns anybody else's password.
     */
    public User add(User actor, NewAccount account, char[] password) {
        administrator(actor);
        return create(account, password, actor.username());
    }

    /**
     * Stops a colleague signing in: the account is disabled and their key ring entry removed, so their password
     * no longer unwraps the store key even on a copy of the files. Refused for oneself and for the last
     * administrator.
     */
    public User disable(User actor, long userId) {
        administrator(actor);
        return transactions.write(em -> {
            UserAccount row = account(em, userId);
            if (row.username().equals(actor.username())) {
                throw new UserFacingException("user.cannotDisableSelf");
            }
            if (row.role() == Role.ADMINISTRATOR && enabledAdministrators(em) <= 1) {
                throw new UserFacingException("user.lastAdministrator");
            }
            row.setEnabled(false);
            em.flush();
            audit.append(em, AuditEvent.of(actor.username(), AuditAction.USER_DISABLED).about("user", userId));
            keys.removeUser(row.username());
            return row.toRecord();
        });
    }

    /** Lets a disabled colleague sign in again with a new password the administrator gives them. */
    public User enable(User actor, long userId, char[] newPassword) {
        administrator(actor);
        return transactions.write(em -> {
            UserAccount row = account(em, userId);
            checkPassword(newPassword, row.username());
            row.setEnabled(true);
            em.flush();
            audit.append(em, AuditEvent.of(actor.username(), AuditAction.USER_ENABLED).about("user", userId));
            keys.putUser(row.username(), newPassword);
            return row.toRecord();
        });
    }

    /**
     * Sets a new password for a colleague who has forgotten theirs: the store key is wrapped again under the new
     * password, replacing their entry, so the old password stops working at once.
     */
    public void resetPassword(User actor, long userId, char[] newPassword) {
        administrator(actor);
        transactions.run(em -> {
            UserAccount row = account(em, userId);
            if (!row.enabled()) {
                throw new UserFacingException("user.disabled");
            }
            checkPassword(newPassword, row.username());
            audit.append(em, AuditEvent.of(actor.username(), AuditAction.USER_PASSWORD_RESET).about("user", userId));
            keys.putUser(row.username(), newPassword);
        });
    }

    /** Changes one's own password, given the current one. */
    public void changeOwnPassword(User me, char[] current, char[] newPassword) {
        if (!keys.matches(me.username(), current)) {
            throw new UserFacingException("user.currentPasswordWrong");
        }
        checkPassword(newPassword, me.username());
        transactions.run(em -> {
            audit.append(em, AuditEvent.of(me.username(), AuditAction.USER_PASSWORD_CHANGED).about("user", me.id()));
            keys.putUser(me.username(), newPassword);
        });
    }

    /** Gives a colleague another role; the last administrator keeps theirs. */
    public User changeRole(User actor, long userId, Role role) {
        administrator(actor);
        return transactions.write(em -> {
            UserAccount row = account(em, userId);
            if (row.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && enabledAdministrators(em) <= 1) {
                throw new UserFacingException("user.lastAdministrator");
            }
            Role before = row.role();
            row.setRole(role);
            em.flush();
            audit.append(em, AuditEvent.of(actor.username(), AuditAction.USER_ROLE_CHANGED).about("user", userId)
                    .withDetail(before + " to " + role));
            return row.toRecord();
        });
    }

    private static void administrator(User actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new UserFacingException("user.administratorsOnly");
        }
    }

    private static UserAccount account(EntityManager em, long userId) {
        UserAccount row = em.find(UserAccount.class, userId);
        if (row == null) {
            throw new UserFacingException("user.notFound");
        }
        return row;
    }

    private static long enabledAdministrators(EntityManager em) {
        return em.createQuery("select count(u) from UserAccount u where u.enabled = true and u.role = :r", Long.class)
                .setParameter("r", Role.ADMINISTRATOR).getSingleResult();
    }

    private static void checkPassword(char[] password, String username) {
        PasswordPolicy.problem(password, username).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MINIMUM_LENGTH);
        });
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
