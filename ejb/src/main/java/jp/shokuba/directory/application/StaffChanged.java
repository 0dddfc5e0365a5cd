package jp.shokuba.directory.application;

/** Fired after a change to someone's roles, password or status, so caches of who they are can forget them. */
public record StaffChanged(String login) {
}
