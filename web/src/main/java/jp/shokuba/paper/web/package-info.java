/** The paper dashboard: drill-down from the city to 部, 課 and device, the ranking, the constants, indicators and exports. */
package jp.shokuba.paper.web;
