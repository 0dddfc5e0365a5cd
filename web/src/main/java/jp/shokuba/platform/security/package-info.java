/**
 * Sign-in and request protection: one authentication mechanism for pages (form) and the REST API
 * (HTTP Basic or the page session), the CSRF token on every form, and the security headers.
 */
package jp.shokuba.platform.security;
