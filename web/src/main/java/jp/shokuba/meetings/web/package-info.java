/** The meetings pages and the live channel {@code /ws/meetings/{id}}. */
package jp.shokuba.meetings.web;
