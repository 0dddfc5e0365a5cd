/**
 * Paperless meetings (ペーパーレス会議): meetings with their attendees and agenda, PDF materials stored once by content
 * hash and replaced by revisions (差し替え), and the notes everyone writes on them in a private and a shared layer,
 * numbered per meeting so that live clients resume without loss.
 */
package jp.shokuba.meetings;
