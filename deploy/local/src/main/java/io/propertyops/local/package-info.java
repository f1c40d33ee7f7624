/**
 * The whole PropertyOps platform on one machine, each part its own process: a real KRaft Kafka
 * broker, the embedded MongoDB ({@link io.propertyops.local.EmbeddedMongo}), every service and the
 * gateway. {@link io.propertyops.local.Launcher} is the one command for people
 * ({@code deploy/local/run}); {@link io.propertyops.local.LocalPlatform} is the same thing for tests,
 * which can also kill, stop and restart any part.
 *
 * <p>Plain Java on purpose: the launcher starts Spring applications, it is not one.
 */
package io.propertyops.local;
