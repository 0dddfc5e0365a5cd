/**
 * Records (文書管理): scanned and born-digital paper taken in from scanners' hot folders and uploads, stored
 * byte for byte, read by Tika and Tesseract, masked for personal data, classified and indexed for Japanese
 * full-text search in PostgreSQL.
 */
package jp.shokuba.records;
