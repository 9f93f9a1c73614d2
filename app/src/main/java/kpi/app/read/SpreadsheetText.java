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

  /**
   * A number cell's stored text as plain decimal: the same as {@link #number(double)} of its value,
   * without the conversion for the common case of a whole number that a double holds exactly,
   * written as Excel writes one (digits, an optional minus, no leading zero).
   */
  static String number(String stored) {
    return isPlainWhole(stored) ? stored : number(Double.parseDouble(stored));
  }

  private static boolean isPlainWhole(String s) {
    int from = s.startsWith("-") ? 1 : 0;
    int digits = s.length() - from;
    if (digits == 0 || digits > 15) {
      return false;
    }
    if (s.charAt(from) == '0') {
      return s.equals("0"); // "-0" is 0, and "007" is 7
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
