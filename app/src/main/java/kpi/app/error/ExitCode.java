package kpi.app.error;

/** The process exit codes, the same for every command (a contract users' scripts rely on). */
public enum ExitCode {
  OK(0, "success (validate: no errors; warnings allowed unless --strict)"),
  DATA_ERRORS(
      1,
      "the data has errors (validate found errors; scorecard/datapack with --strict met a rejected row; diff met a --fail-on rule)"),
  USAGE(2, "usage error (unknown option, bad value, unknown KPI or catalog id)"),
  INPUT_OUTPUT(
      3, "input or output failure (missing or unreadable file, not CSV/XLSX, cannot write output)"),
  INTERNAL(4, "internal error (a bug): one line saying so; stack trace only with --debug");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
