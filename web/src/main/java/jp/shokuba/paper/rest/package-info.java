/** The paper context's REST API under /api/v1/paper: devices, imports, polling, readings, figures, indicators, settings. */
package jp.shokuba.paper.rest;
