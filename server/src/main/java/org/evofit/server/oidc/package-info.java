/**
 * Sign-in through an OpenID Connect issuer: its discovery document, the authorization request with PKCE (S256), the
 * code's exchange at the token endpoint and the ID token's verification against the issuer's keys. Knows nothing of
 * sessions or pages: the access package turns a verified identity into a signed-in account.
 */
package org.evofit.server.oidc;
