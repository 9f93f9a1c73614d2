package kpi.app.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns spreadsheet cell values into the text the readers parse: real dates as ISO dates, numbers
 * as plain decimals ({@code 310.0} as {@code 310}), whatever the cell's display format, so a reader
 * never sees {@code 1/31/17} or {@code 3.1E+02}.
 */
final class SpreadsheetText extends DataFormatter {

  SpreadsheetText() {
    super(java.util.Locale.UK);
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return date(value);
    }
    return number(value);
  }

  static String date(double serial) {
    LocalDateTime t = DateUtil.getLocalDateTime(serial);
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
