package jp.shokuba.meetings.domain;

/** Why someone may see a meeting: they organise it, are invited, or stand in for someone (代理). */
public enum MemberRole { ORGANISER, ATTENDEE, DELEGATE }
