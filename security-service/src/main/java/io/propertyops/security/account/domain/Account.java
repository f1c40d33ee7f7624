package io.propertyops.security.account.domain;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A person's sign-in identity and what they may reach. Its id is opaque and stable, and it is what tokens carry
 * as {@code sub}; the username (an owner's phone number, a staff member's login name) may change, the id never
 * does.
 * <p>
 * Access has two sources. Staff are <em>granted</em> roles and communities by a manager. Owners and residents
 * reach units through {@linkplain UnitBinding bindings} that customer service verified: an active owner binding
 * makes a person an {@link Role#OWNER}, a family or tenant binding a {@link Role#RESIDENT}, and the binding's
 * community becomes theirs, unless they are staff: staff's communities are only those they work in. Someone with neither (an app user whose binding is still pending) is a resident
 * without units, who can see nothing but their own requests.
 */
public final class Account {

    /** Who acted when the platform itself did something, e.g. bound seeded owners. */
    public static final String SYSTEM = "system";

    private static final Set<Role> BINDING_ROLES = EnumSet.of(Role.OWNER, Role.RESIDENT);
    private static final int MAX_PENDING_BINDINGS = 5;

    private final String id;
    private final String username;
    private String displayName;
    private String phone;
    private String email;
    private String passwordHash;
    private Set<Role> grantedRoles;
    private List<String> grantedCommunityIds;
    private List<String> skills;
    private boolean onDuty;
    private final List<UnitBinding> bindings;
    private boolean enabled;
    private final long version;
    private final List<DomainEvent> recordedEvents = new ArrayList<>();

    private Account(State state) {
        this.id = Objects.requireNonNull(state.id(), "id");
        this.username = Objects.requireNonNull(state.username(), "username");
        this.displayName = state.displayName();
        this.phone = state.phone();
        this.email = state.email();
        this.passwordHash = Objects.requireNonNull(state.passwordHash(), "passwordHash");
        this.grantedRoles = copyOfRoles(state.grantedRoles());
        this.grantedCommunityIds = List.copyOf(state.grantedCommunityIds());
        this.skills = List.copyOf(state.skills());
        this.onDuty = state.onDuty();
        this.bindings = new ArrayList<>(state.bindings());
        this.enabled = state.enabled();
        this.version = state.version();
    }

    /**
     * Everything an account is, as storage keeps it.
     *
     * @param version the stored version this state was read at; a change saved from it must find it unchanged
     */
    public record State(String id, String username, String displayName, String phone, String email,
                        String passwordHash, Set<Role> grantedRoles, List<String> grantedCommunityIds,
                        List<String> skills, boolean onDuty, List<UnitBinding> bindings, boolean enabled,
                        long version) {

        public State {
            grantedRoles = grantedRoles == null ? Set.of() : Set.copyOf(grantedRoles);
            grantedCommunityIds = grantedCommunityIds == null ? List.of() : List.copyOf(grantedCommunityIds);
            skills = skills == null ? List.of() : List.copyOf(skills);
            bindings = bindings == null ? List.of() : List.copyOf(bindings);
        }
    }

    /**
     * Opens an account. Owner and resident roles in the profile are not granted as such: with the profile's units
     * they become bindings that count as verified ({@link Verification#SEEDED}), for the estate's initial data.
     *
     * @param passwordHash an encoded password, with its encoding prefix (e.g. {@code {bcrypt}...})
     * @throws InvalidAccountException when the profile cannot sign anyone in meaningfully
     */
    public static Account register(String id, AccountProfile profile, String passwordHash, Instant registeredAt) {
        if (id == null || id.isBlank()) {
            throw new InvalidAccountException("an account needs an id");
        }
        if (profile.username().isBlank()) {
            throw new InvalidAccountException("username", "account " + id + " needs a username");
        }
        if (profile.displayName() == null || profile.displayName().isBlank()) {
            throw new InvalidAccountException("name", "account " + profile.username() + " needs a name");
        }
        Set<Role> granted = copyOfRoles(profile.roles());
        granted.removeAll(BINDING_ROLES);
        List<UnitBinding> seeded = seededBindings(id, profile, registeredAt);
        if (profile.hasRole(Role.OWNER) && seeded.isEmpty()) {
            throw new InvalidAccountException("units", "owner " + profile.username() + " must be bound to at least one unit");
        }
        if (!profile.skills().isEmpty() && !granted.contains(Role.TECHNICIAN)) {
            throw new InvalidAccountException("skills", "only technicians have skills");
        }
        List<String> communities = granted.isEmpty() ? List.of() : profile.communityIds();
        Account account = new Account(new State(id, profile.username(), profile.displayName(), profile.phone(),
                profile.email(), passwordHash, granted, communities, profile.skills(), false, seeded, true, 0));
        AccountProfile now = account.profile();
        account.recordedEvents.add(new PersonRegistered(UUID.randomUUID().toString(), id, registeredAt,
                now.displayName(), now.phone(), now.email(), roleNames(now.roles()), now.communityIds(),
                now.unitIds(), now.skills(), false));
        return account;
    }

    private static List<UnitBinding> seededBindings(String id, AccountProfile profile, Instant at) {
        if (profile.unitIds().isEmpty()) {
            return List.of();
        }
        if (profile.communityIds().size() != 1) {
            throw new InvalidAccountException("communityIds",
                    "units of " + profile.username() + " need exactly one community to belong to");
        }
        Relation relation = profile.hasRole(Role.OWNER) ? Relation.OWNER : Relation.FAMILY;
        return profile.unitIds().stream().distinct()
                .map(unit -> UnitBinding.seeded(UUID.nameUUIDFromBytes((id + "/" + unit).getBytes()).toString(),
                        unit, profile.communityIds().getFirst(), relation, at))
                .toList();
    }

    /** Rebuilds an account from storage, as it was saved. */
    public static Account restore(State state) {
        return new Account(state);
    }

    /** The events recorded since the last call; they are stored with the account and published by the outbox. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }

    /** Replaces the password; the caller has checked the old one and the policy, and hashed the new one. */
    public void changePassword(String newPasswordHash) {
        requireEnabled();
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    /** Changes the name and email a person goes by; the phone number is their login and changes elsewhere. */
    public void updateContact(String newDisplayName, String newEmail, Instant at) {
        requireEnabled();
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new InvalidAccountException("name", "a name is needed");
        }
        if (newDisplayName.equals(displayName) && Objects.equals(newEmail, email)) {
            return;
        }
        displayName = newDisplayName;
        email = newEmail;
        recordedEvents.add(new PersonUpdated(UUID.randomUUID().toString(), id, at, displayName, phone, email));
    }

    /**
     * Gives a member of staff these roles in these communities, replacing what they had. Owner and resident come
     * from unit bindings and cannot be granted.
     */
    public void grantRoles(Set<Role> roles, List<String> communityIds, String by, Instant at) {
        requireEnabled();
        Set<Role> granted = copyOfRoles(roles);
        if (granted.stream().anyMatch(BINDING_ROLES::contains)) {
            throw new InvalidAccountException("roles", "OWNER and RESIDENT come from verified unit bindings, not grants");
        }
        List<String> communities = List.copyOf(new LinkedHashSet<>(communityIds));
        if (!granted.isEmpty() && !granted.contains(Role.ADMIN) && communities.isEmpty()) {
            throw new InvalidAccountException("communityIds", "staff work in at least one community");
        }
        if (!granted.contains(Role.TECHNICIAN) && !skills.isEmpty()) {
            throw new InvalidAccountException("roles", "remove the skills before taking away the technician role");
        }
        if (granted.equals(grantedRoles) && communities.equals(grantedCommunityIds)) {
            return;
        }
        grantedRoles = granted;
        grantedCommunityIds = communities;
        if (granted.isEmpty()) {
            onDuty = false;
        }
        AccountProfile now = profile();
        recordedEvents.add(new StaffRolesChanged(UUID.randomUUID().toString(), id, at, by, roleNames(now.roles()),
                now.communityIds()));
    }

    /** Sets the trades a technician is dispatched for. */
    public void changeSkills(List<String> newSkills, String by, Instant at) {
        requireEnabled();
        if (!grantedRoles.contains(Role.TECHNICIAN)) {
            throw new InvalidAccountException("skills", "only technicians have skills");
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(newSkills));
        if (distinct.equals(skills)) {
            return;
        }
        skills = distinct;
        recordedEvents.add(new StaffSkillsChanged(UUID.randomUUID().toString(), id, at, by, skills));
    }

    /** Comes on duty or goes off duty; asking for what already holds changes nothing. */
    public void setOnDuty(boolean nowOnDuty, String by, Instant at) {
        requireEnabled();
        if (grantedRoles.isEmpty()) {
            throw new InvalidAccountException("onDuty", "only staff go on duty");
        }
        if (onDuty == nowOnDuty) {
            return;
        }
        onDuty = nowOnDuty;
        recordedEvents.add(new StaffOnDutyChanged(UUID.randomUUID().toString(), id, at, by, onDuty));
    }

    /**
     * Asks to be bound to a unit; customer service decides. A family member or tenant gives the owner's phone
     * number, so that customer service can verify it against the unit's registered owner.
     *
     * @throws ConflictException when the person holds or seeks this unit already
     */
    public UnitBinding requestBinding(String bindingId, String unitId, String communityId, Relation relation,
                                      String ownerPhone, String note, Instant at) {
        requireEnabled();
        if (bindings.stream().anyMatch(binding -> binding.open() && binding.unitId().equals(unitId))) {
            throw new ConflictException("binding-exists", "A binding to unit " + unitId + " is pending or active already");
        }
        if (bindings.stream().filter(binding -> binding.status() == UnitBinding.Status.PENDING).count()
                >= MAX_PENDING_BINDINGS) {
            throw new InvalidAccountException("unitId", "at most " + MAX_PENDING_BINDINGS + " requests may wait at once");
        }
        if (relation != Relation.OWNER && (ownerPhone == null || ownerPhone.isBlank())) {
            throw new InvalidAccountException("ownerPhone", "family members and tenants give the owner's phone number");
        }
        UnitBinding binding = UnitBinding.requested(bindingId, unitId, communityId, relation, ownerPhone, note, at);
        bindings.add(binding);
        return binding;
    }

    /**
     * Customer service verified the request: the person now reaches the unit.
     *
     * @param ownerPhoneMatches for {@link Verification#OWNER_PHONE}: whether the phone given is that of a person
     *                          bound to the unit as its owner
     * @param reference         for {@link Verification#DOCUMENTS}: which documents were seen
     */
    public UnitBinding approveBinding(String bindingId, Verification how, boolean ownerPhoneMatches, String reference,
                                      String by, Instant at) {
        requireEnabled();
        UnitBinding binding = pendingBinding(bindingId);
        switch (how) {
            case OWNER_PHONE -> {
                if (binding.relation() == Relation.OWNER) {
                    throw new InvalidAccountException("verification", "an owner is verified by documents");
                }
                if (!ownerPhoneMatches) {
                    throw new InvalidAccountException("verification",
                            "the phone given is not that of the unit's registered owner");
                }
            }
            case DOCUMENTS -> {
                if (reference == null || reference.isBlank()) {
                    throw new InvalidAccountException("reference", "say which documents were checked");
                }
            }
            case SEEDED -> throw new InvalidAccountException("verification", "seeded bindings come only with estate data");
        }
        UnitBinding approved = replace(binding, binding.decided(UnitBinding.Status.ACTIVE, by, at, how, reference));
        AccountProfile now = profile();
        recordedEvents.add(new ResidentBound(UUID.randomUUID().toString(), id, at, approved.id(), approved.unitId(),
                approved.communityId(), approved.relation().name(), by, how.name(), roleNames(now.roles()),
                now.communityIds(), now.unitIds()));
        return approved;
    }

    /** Customer service could not verify the request. */
    public UnitBinding rejectBinding(String bindingId, String reason, String by, Instant at) {
        requireEnabled();
        UnitBinding binding = pendingBinding(bindingId);
        return replace(binding, binding.decided(UnitBinding.Status.REJECTED, by, at, null, reason));
    }

    /**
     * Ends a binding: the person withdraws a pending request, or leaves the unit (moved out, sold it), or staff
     * revoke it. An active binding's end takes the unit out of the person's next tokens.
     */
    public UnitBinding endBinding(String bindingId, String reason, String by, Instant at) {
        UnitBinding binding = binding(bindingId);
        if (!binding.open()) {
            throw new ConflictException("binding-closed", "Binding " + bindingId + " is " + binding.status() + " already");
        }
        if (binding.status() == UnitBinding.Status.PENDING) {
            return replace(binding, binding.decided(UnitBinding.Status.WITHDRAWN, by, at, null, reason));
        }
        UnitBinding ended = replace(binding, binding.decided(UnitBinding.Status.ENDED, by, at,
                binding.verification(), reason));
        AccountProfile now = profile();
        recordedEvents.add(new ResidentUnbound(UUID.randomUUID().toString(), id, at, ended.id(), ended.unitId(),
                ended.communityId(), ended.relation().name(), by, reason, roleNames(now.roles()),
                now.communityIds(), now.unitIds()));
        return ended;
    }

    /**
     * Ends this person's access: no new tokens, refresh tokens refused; issued access tokens run out within
     * their lifetime.
     *
     * @throws ConflictException when the account is deactivated already
     */
    public void deactivate(String deactivatedBy, String reason, Instant at) {
        if (!enabled) {
            throw new ConflictException("already-deactivated", "Account " + id + " is deactivated already");
        }
        enabled = false;
        onDuty = false;
        recordedEvents.add(new PersonDeactivated(UUID.randomUUID().toString(), id, at, deactivatedBy, reason));
    }

    /** Who this person is and what they reach now, as tokens and events describe them. */
    public AccountProfile profile() {
        Set<Role> roles = copyOfRoles(grantedRoles);
        List<UnitBinding> active = bindings.stream().filter(UnitBinding::active).toList();
        if (active.stream().anyMatch(binding -> binding.relation() == Relation.OWNER)) {
            roles.add(Role.OWNER);
        }
        if (active.stream().anyMatch(binding -> binding.relation() != Relation.OWNER)
                || (grantedRoles.isEmpty() && active.isEmpty())) {
            roles.add(Role.RESIDENT);
        }
        // Staff reach the communities they work in and no others: a technician who owns a flat in another estate
        // must not get staff powers there. Their own units still reach their tokens, by unit id.
        Set<String> communities = new LinkedHashSet<>(grantedCommunityIds);
        if (grantedRoles.isEmpty()) {
            active.forEach(binding -> communities.add(binding.communityId()));
        }
        List<String> units = active.stream().map(UnitBinding::unitId).distinct().toList();
        return new AccountProfile(username, displayName, phone, email, roles, List.copyOf(communities), units, skills);
    }

    /** Whether this person has an active owner binding to the unit. */
    public boolean owns(String unitId) {
        return bindings.stream().anyMatch(binding -> binding.active() && binding.relation() == Relation.OWNER
                && binding.unitId().equals(unitId));
    }

    public Account.State state() {
        return new State(id, username, displayName, phone, email, passwordHash, grantedRoles, grantedCommunityIds,
                skills, onDuty, bindings, enabled, version);
    }

    public UnitBinding binding(String bindingId) {
        return bindings.stream().filter(binding -> binding.id().equals(bindingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("UnitBinding", bindingId));
    }

    public List<UnitBinding> bindings(Predicate<UnitBinding> which) {
        return bindings.stream().filter(which).toList();
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean onDuty() {
        return onDuty;
    }

    public boolean isStaff() {
        return !grantedRoles.isEmpty();
    }

    public long version() {
        return version;
    }

    private UnitBinding pendingBinding(String bindingId) {
        UnitBinding binding = binding(bindingId);
        if (binding.status() != UnitBinding.Status.PENDING) {
            throw new ConflictException("binding-decided", "Binding " + bindingId + " is " + binding.status() + " already");
        }
        return binding;
    }

    private UnitBinding replace(UnitBinding old, UnitBinding updated) {
        bindings.set(bindings.indexOf(old), updated);
        return updated;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new ConflictException("account-deactivated", "Account " + id + " is deactivated");
        }
    }

    private static Set<Role> copyOfRoles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
