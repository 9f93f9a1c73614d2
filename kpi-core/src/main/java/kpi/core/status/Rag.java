package kpi.core.status;

/** The colour shown for a status (BRAG: blue, red, amber, green, plus grey). */
public enum Rag {
  BLUE,
  GREEN,
  AMBER,
  RED,
  GREY
}
