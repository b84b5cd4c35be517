/**
 * Signing in to {@code evofit serve}: the sign-in page, sessions in HttpOnly SameSite cookies (a new session id at
 * every sign-in), CSRF tokens on every state-changing request a page makes, lock-out after repeated failures, and
 * the filter in front of everything (pages, API and git URLs) that lets only signed-in users through when sign-in
 * is required.
 */
package org.evofit.server.access;
