package kpi.app.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Consumer;
import kpi.core.levy.LevyStatement;

/**
 * Reads {@code levy}: one row per employer (apprenticeship service account) and month, with the
 * levy that entered the account and what became of the funds: used on apprenticeship training and
 * assessment, transferred out to other employers, expired. Amounts are in pounds.
 */
public final class LevyReader {
  public static final String KIND = FileKind.LEVY.id();

  /** No employer's levy comes near this in a month (the largest pay about £100m a year). */
  private static final double MAX_POUNDS = 1e10;

  private final Problems problems;

  public LevyReader(Problems problems) {
    this.problems = problems;
  }

  public FileSummary read(InputFile f, Consumer<LevyStatement> sink) throws IOException {
    KeySet keys = new KeySet();
    return TableReader.read(
        f,
        FileKind.LEVY.columns(),
        problems,
        row -> {
          String employer = row.text("employer_id");
          YearMonth month = row.month("month");
          Long declared = pence(row, "levy_declared", true);
          Long used = pence(row, "funds_used", true);
          // transfers began in April 2018 and expiry in May 2019: older statements have neither
          Long transferred = pence(row, "transferred_out", false);
          Long expired = pence(row, "expired", false);
          if (row.rejected() || month == null || declared == null || used == null) {
            return;
          }
          if (month.isBefore(LevyStatement.FIRST_MONTH)) {
            row.error(
                "month",
                "before-levy",
                row.raw("month"),
                "month " + month + " is before" + " the apprenticeship levy began (April 2017)");
            return;
          }
          if (!keys.add(employer.toLowerCase(Locale.ROOT), month.toString())) {
            row.error(
                "employer_id",
                "duplicate-key",
                employer,
                "employer "
                    + employer
                    + " already has a statement for "
                    + month
                    + "; the first is kept");
            return;
          }
          sink.accept(
              new LevyStatement(
                  employer,
                  row.optionalText("employer_type"),
                  month,
                  declared,
                  used,
                  transferred == null ? 0 : transferred,
                  expired == null ? 0 : expired));
        });
  }

  /** An amount in pounds as whole pence; null when blank or refused (a required one rejects). */
  private static Long pence(Row row, String column, boolean required) {
    Double pounds = required ? row.decimal(column) : row.optionalDecimalRequired(column, false);
    if (pounds == null) {
      return null;
    }
    if (!row.inRange(column, pounds, 0, MAX_POUNDS)) {
      return null;
    }
    // on the decimal value: 1.005 pounds is 101 pence (Math.round(1.005 * 100) gives 100)
    return BigDecimal.valueOf(pounds)
        .movePointRight(2)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
