/**
 * The REST API's frame: the {@code /api/v1} application, role checks on resources, and the
 * mapping of every failure to an RFC 9457 problem body with the right 4xx (or, for a fault of
 * ours, 500) status.
 */
package jp.shokuba.platform.rest;
