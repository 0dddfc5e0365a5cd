/**
 * Records' application services: intake (receive, the ordered steps, the workers, hot folders, resumption),
 * search, record views and corrections, quarantine. Services are the transaction boundary.
 */
package jp.shokuba.records.application;
