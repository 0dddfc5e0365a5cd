/**
 * Paper (紙の削減): printers and copiers, their page counters read by SNMP (Printer-MIB) or from the monthly
 * survey sheet, the pages per department and month with the cost model, the reduction against a baseline
 * year and a target, and the DX indicators that other contexts produce. Departments are the directory's
 * unit codes, asked of its service only.
 */
package jp.shokuba.paper;
