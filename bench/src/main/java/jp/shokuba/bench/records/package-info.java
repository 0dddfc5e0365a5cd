/**
 * The records benchmarks: OCR pages per minute against the Tesseract CLI on the same generated scans, born-digital
 * pages per second against Tika alone, search latency over generated records in PostgreSQL, and recall and
 * precision per query class on a generated scanned corpus.
 */
package jp.shokuba.bench.records;
