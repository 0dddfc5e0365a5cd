/**
 * The audit trail (監査証跡): one append-only, hash-chained log of who did what to which
 * object, when and from where, shared by every context.
 */
package jp.shokuba.audit;
