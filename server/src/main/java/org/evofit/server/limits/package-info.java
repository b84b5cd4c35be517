/**
 * What keeps one user, or one address, from exhausting {@code evofit serve}, and the record of who did what:
 * rate limits per account and per client address on sign-ins, uploads, submissions and permalinks (token buckets,
 * answered 429 with Retry-After), quotas per role on what a submission may ask, and the audit log of sign-ins,
 * failures, uploads, submissions, shares and deletions that admins read.
 */
package org.evofit.server.limits;
