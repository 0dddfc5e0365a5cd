/** Records' REST API: uploads, intake status, search, records, their pages, PDFs and originals, quarantine. */
package jp.shokuba.records.rest;
