/** Pure KPI model and measures. */
package kpi.core;
