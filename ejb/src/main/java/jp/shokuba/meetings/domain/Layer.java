package jp.shokuba.meetings.domain;

/** PRIVATE notes are seen by their author only; SHARED ones by everyone who may see the meeting. */
public enum Layer { PRIVATE, SHARED }
