package io.propertyops.events.security;

import io.propertyops.events.DomainEvent;

/**
 * An event of security-service, published on {@code propertyops.security.v1}: people, their roles and bindings,
 * login codes. A consumer switches over it with pattern matching, and the compiler tells it when a new event of
 * this topic is added.
 */
public sealed interface SecurityEvent extends DomainEvent
        permits PersonDeactivated, PersonRegistered, PersonUpdated, ResidentBound, ResidentUnbound,
                SmsCodeRequested, StaffOnDutyChanged, StaffRolesChanged, StaffSkillsChanged {
}
