/** The paper context's services: the device register and its CSV imports, polling rounds, the reading book, figures and indicators. */
package jp.shokuba.paper.application;
