/** The meetings context's services (the transaction boundary), what they answer, and the live broadcast port. */
package jp.shokuba.meetings.application;
