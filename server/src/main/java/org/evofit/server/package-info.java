/**
 * {@code evofit serve}: the lab service. Scientists upload models and data from a browser, start fits
 * and sweeps, watch them converge and take away CSV, charts and reports; every page action is also a
 * JSON endpoint.
 *
 * <p>{@link org.evofit.server.EvofitServer} starts the HTTP stack (Javalin on Jetty) with the
 * {@link org.evofit.server.ServerFeature}s that make up the service; each feature declares its own
 * routes. Every request carries a correlation id ({@link org.evofit.server.RequestIds}) and every
 * refusal is a {@link org.evofit.server.ServiceException} answered as JSON or as a page.
 */
package org.evofit.server;
