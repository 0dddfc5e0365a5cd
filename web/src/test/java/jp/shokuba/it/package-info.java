/**
 * The integration-test harness: a fresh database per run, one Payara Micro with the real web
 * archive for all black-box tests, an HTTP client for the REST API and a headless Chromium.
 */
package jp.shokuba.it;
