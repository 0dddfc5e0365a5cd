/** SNMP: the poller (one UDP socket for every device, asynchronous requests with a timeout) and the simulated printers of tests, demo and benchmarks. */
package jp.shokuba.paper.infrastructure;
