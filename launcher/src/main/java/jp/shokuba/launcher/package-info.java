/**
 * The run command: finds or starts PostgreSQL, creates the database if needed, starts Payara Micro
 * with the Shokuba web archive and tells the person where to go and how to sign in.
 */
package jp.shokuba.launcher;
