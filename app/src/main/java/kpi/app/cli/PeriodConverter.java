package kpi.app.cli;

import kpi.core.period.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --period}: an academic year (2016/17, 2016-17, 201617, 2016/2017), a month
 * (2017-01) or a calendar quarter (2017-Q1).
 */
public final class PeriodConverter implements ITypeConverter<Period> {
  @Override
  public Period convert(String value) {
    return Period.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a period: write an academic year like 2016/17 (or 2016-17, 201617,"
                        + " 2016/2017), a month like 2017-01 or a quarter like 2017-Q1"));
  }
}
