/** Records' adapters: Tika, the Tesseract CLI, PDFBox, the keyed hash's key and the JDBC repository. */
package jp.shokuba.records.infrastructure;
