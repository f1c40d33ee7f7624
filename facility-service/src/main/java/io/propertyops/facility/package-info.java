/**
 * facility-service: the estate's structure (community 小区 → building 楼栋 → unit 房屋, and common areas),
 * later the asset ledger, preventive-maintenance plans, inspection routes and meter readings.
 */
package io.propertyops.facility;
