/**
 * Signing in to {@code evofit serve}: the sign-in page, sessions in HttpOnly SameSite cookies (a new session id at
 * every sign-in), CSRF tokens on every state-changing request a page makes, lock-out after repeated failures, and
 * the filter in front of everything (pages, API and git URLs) that finds who each request acts for (a session, or
 * an API token as a Bearer header, or for git as Basic credentials) and lets only signed-in users through when
 * sign-in is required; the account page, where users make and revoke their API tokens.
 */
package org.evofit.server.access;
