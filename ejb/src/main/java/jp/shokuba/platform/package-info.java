/**
 * What every context stands on: the datasource, the schema migrations, the clock
 * and the switch between demo and production mode. Nothing here knows a business rule.
 */
package jp.shokuba.platform;
