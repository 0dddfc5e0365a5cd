/** The meetings context's rules: what a note is, who may see a meeting, and how pages of two versions match. */
package jp.shokuba.meetings.domain;
