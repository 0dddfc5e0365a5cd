package jp.shokuba.meetings.domain;

/** What a note is drawn as, and written as in an exported PDF (/Ink, /Highlight, /FreeText, /Stamp). */
public enum AnnotationKind { INK, HIGHLIGHT, TEXT, STAMP }
