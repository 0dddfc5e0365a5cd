/** The e-approval REST API: document types, documents, the inbox's tasks and decisions, the delegation rules. */
package jp.shokuba.approval.rest;
