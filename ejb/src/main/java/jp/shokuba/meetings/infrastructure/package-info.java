/** JDBC storage of meetings and notes, PDFBox reading and writing of materials, and the in-process broadcast. */
package jp.shokuba.meetings.infrastructure;
