/** The meetings REST API under {@code /api/v1/meetings}: thin resources over {@code MeetingService}. */
package jp.shokuba.meetings.rest;
