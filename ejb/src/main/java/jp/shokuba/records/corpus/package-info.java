/**
 * The records corpus generator: city-hall paper (invoices, applications with My Numbers and decoys, vertical
 * letters) rendered with Java2D and a Japanese font into scanned-looking pages (skew, noise), or as born-digital
 * PDFs, with the truth of what each page says. The demo, the integration tests and the benchmarks all use it:
 * no scanned binaries are kept in the repository.
 */
package jp.shokuba.records.corpus;
