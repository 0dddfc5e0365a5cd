/**
 * The rules of records that need no container: intake states, My Number check digits and masking, the
 * normalisation of OCR text and the search terms built from it, classification of a document's text.
 */
package jp.shokuba.records.domain;
