/** Counters and figures as pure rules: the step between two counter readings, the spread over silent days, the cost model. */
package jp.shokuba.paper.domain;
