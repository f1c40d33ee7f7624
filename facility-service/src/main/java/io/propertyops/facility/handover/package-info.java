/**
 * Move-in (入住): the handover checklist of a unit — inspection items passed or with a defect noted, keys handed
 * over, the meters' readings at handover, the documents received, the handbook acknowledged, the owner — and the
 * unit becoming occupied (已入住) only when all of it is complete. Staff fill it in; the owner sees it in the app.
 */
package io.propertyops.facility.handover;
