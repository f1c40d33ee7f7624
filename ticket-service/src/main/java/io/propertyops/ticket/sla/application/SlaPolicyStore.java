package io.propertyops.ticket.sla.application;

import io.propertyops.ticket.sla.domain.CommunitySla;

import java.util.Optional;

/** Where each community's SLA policy and business calendar are kept (port). */
public interface SlaPolicyStore {

    Optional<CommunitySla> find(String communityId);

    /**
     * Writes a community's settings over what is stored.
     *
     * @param expectedVersion the stored version the change was made to, or null to overwrite whatever is there
     * @throws org.springframework.dao.OptimisticLockingFailureException if the stored version is another, or someone
     *                                                                   else wrote first
     */
    CommunitySla save(CommunitySla sla, Long expectedVersion);
}
