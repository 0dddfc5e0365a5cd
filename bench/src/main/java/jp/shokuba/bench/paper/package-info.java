/** The counter polling benchmark: simulated printers on loopback, one poller, round time against the slowest device. */
package jp.shokuba.bench.paper;
