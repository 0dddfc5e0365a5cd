/** E-approval pages: the inbox (決裁箱), my documents, the draft editor, the document, records search, admin. */
package jp.shokuba.approval.web;
