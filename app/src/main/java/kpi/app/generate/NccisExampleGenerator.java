package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One seeded set of young people written twice: as the tidy {@code neet-tracking} layout of the
 * data-format contract, and as a case-management export of the same NCCIS records (its own
 * headings, {@code dd-MMM-yyyy} dates, cohort status with leavers, individual characteristic codes,
 * separate EHC plan and SEN support flags, postcodes instead of districts, an earlier activity
 * beside the current one for some person-months, Year 11 and 18-24 rows, in a subfolder with an
 * everyday file name, read through a {@code kpi-mapping.json}). Both must give the same figures.
 * Synthetic: no real people, and postcodes in the ZZ area, which is not used for addresses.
 */
public final class NccisExampleGenerator {
  private static final YearMonth FIRST = YearMonth.of(2016, 9);
  private static final YearMonth LAST = YearMonth.of(2017, 3);
  private static final int[] NEET = {540, 610, 615, 616, 619, 620, 630, 640, 650, 660, 670, 680};
  private static final int[] NOT_KNOWN = {810, 820, 830};
  private static final int[] PARTICIPATING = {
    210, 220, 230, 240, 250, 270, 280, 310, 320, 410, 430, 440, 450, 460, 550
  };
  private static final int[] EET_OTHER = {260, 330, 340, 350, 360, 380, 530};
  private static final int[] IC = {110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210};
  private static final String[] LEAVER = {"A", "T", "E", "M", "D", "L"};
  private static final DateTimeFormatter EXPORT_DATE =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

  /** One young person. */
  private record Person(
      String id,
      LocalDate dob,
      int district,
      String postcode,
      char send,
      List<Integer> ic,
      YearMonth leaves,
      String leaverStatus) {}

  private NccisExampleGenerator() {}

  /**
   * Writes the tidy drop to {@code tidy} and the export drop to {@code export} (either may be null
   * to skip it).
   */
  public static void write(Path tidy, Path export, long seed, int people) throws IOException {
    Random r = new Random(seed);
    List<Person> all = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      all.add(person(r, i));
    }
    List<String[]> tidyRows = new ArrayList<>();
    List<String[]> exportRows = new ArrayList<>();
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      List<String[]> month = new ArrayList<>();
      for (Person p : all) {
        if (p.leaves() != null && m.isAfter(p.leaves())) {
          continue; // leavers are reported once, in the month they leave
        }
        if (p.leaves() != null && m.equals(p.leaves())) {
          month.add(exportRow(p, m, p.leaverStatus(), "", null, null));
          continue;
        }
        int code = activity(r);
        LocalDate start = m.atDay(1).minusDays(r.nextInt(200));
        tidyRows.add(tidyRow(p, m, code));
        String status = r.nextDouble() < 0.03 ? "G" : "P";
        month.add(
            exportRow(p, m, status, Integer.toString(code), start, start.plusDays(r.nextInt(20))));
        if (r.nextDouble() < 0.08) {
          // An earlier activity of the same month: started (and verified) before the current one.
          int earlier = activity(r);
          LocalDate earlierStart = start.minusDays(1 + r.nextInt(300));
          month.add(
              exportRow(
                  p,
                  m,
                  status,
                  Integer.toString(earlier),
                  earlierStart,
                  earlierStart.plusDays(r.nextInt(5))));
        }
      }
      Collections.shuffle(month, r);
      exportRows.addAll(month);
    }
    if (tidy != null) {
      writeTidy(tidy, tidyRows);
    }
    if (export != null) {
      writeExport(export, exportRows, all);
    }
  }

  private static Person person(Random r, int i) {
    double kind = r.nextDouble();
    LocalDate dob;
    if (kind < 0.15) {
      dob = LocalDate.of(2001, 9, 1).plusDays(r.nextInt(365)); // Year 11: academic age 15
    } else if (kind < 0.92) {
      dob = LocalDate.of(1999, 9, 1).plusDays(r.nextInt(730)); // academic age 16 or 17
    } else {
      dob = LocalDate.of(1993, 9, 1).plusDays(r.nextInt(365 * 5)); // 19-23
    }
    boolean older = dob.isBefore(LocalDate.of(1998, 9, 1));
    double s = r.nextDouble();
    char send = older ? 'E' : s < 0.05 ? 'E' : s < 0.15 ? 'K' : 'N';
    List<Integer> ic = new ArrayList<>();
    for (int code : IC) {
      if (r.nextDouble() < 0.03) {
        ic.add(code);
      }
    }
    int district = r.nextInt(KentDistricts.ALL.size());
    String postcode =
        String.format(
            Locale.ROOT,
            "ZZ%d %d%c%c",
            district + 1,
            r.nextInt(10),
            (char) ('A' + r.nextInt(26)),
            (char) ('A' + r.nextInt(26)));
    YearMonth leaves = null;
    String status = null;
    if (r.nextDouble() < 0.06) {
      leaves = FIRST.plusMonths(1 + r.nextInt(6));
      status = LEAVER[r.nextInt(LEAVER.length)];
    }
    return new Person(
        String.format(Locale.ROOT, "YP%05d", i), dob, district, postcode, send, ic, leaves, status);
  }

  private static int activity(Random r) {
    double x = r.nextDouble();
    if (x < 0.045) {
      return NEET[r.nextInt(NEET.length)];
    }
    if (x < 0.08) {
      return NOT_KNOWN[r.nextInt(NOT_KNOWN.length)];
    }
    if (x < 0.09) {
      return 710; // custody: out of the cohort
    }
    if (x < 0.12) {
      return EET_OTHER[r.nextInt(EET_OTHER.length)];
    }
    return PARTICIPATING[r.nextInt(PARTICIPATING.length)];
  }

  private static String[] tidyRow(Person p, YearMonth m, int code) {
    StringBuilder ic = new StringBuilder();
    for (int c : p.ic()) {
      ic.append(ic.length() == 0 ? "" : ";").append(c);
    }
    return new String[] {
      p.id(),
      m.atEndOfMonth().toString(),
      p.dob().toString(),
      KentDistricts.ALL.get(p.district()).name(),
      Integer.toString(code),
      String.valueOf(p.send()),
      ic.toString()
    };
  }

  private static String[] exportRow(
      Person p, YearMonth m, String status, String code, LocalDate start, LocalDate verified) {
    StringBuilder ic = new StringBuilder();
    for (int c : p.ic()) {
      ic.append(ic.length() == 0 ? "" : " ").append(c);
    }
    return new String[] {
      p.id(),
      EXPORT_DATE.format(m.atEndOfMonth()),
      EXPORT_DATE.format(p.dob()),
      p.postcode(),
      code,
      status,
      ic.toString(),
      p.send() == 'E' ? "Yes" : "No",
      p.send() == 'K' ? "Yes" : "No",
      start == null ? "" : EXPORT_DATE.format(start),
      verified == null ? "" : EXPORT_DATE.format(verified)
    };
  }

  private static void writeTidy(Path dir, List<String[]> rows) throws IOException {
    Files.createDirectories(dir.resolve("reference"));
    districts(dir.resolve("reference/districts.csv"));
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("neet-tracking.csv"), StandardCharsets.UTF_8)) {
      w.write("person_id,snapshot_date,date_of_birth,district,activity_code,send,ic_codes\n");
      for (String[] row : rows) {
        w.write(String.join(",", row) + "\n");
      }
    }
  }

  private static void writeExport(Path dir, List<String[]> rows, List<Person> people)
      throws IOException {
    Files.createDirectories(dir.resolve("reference"));
    Files.createDirectories(dir.resolve("Tracking"));
    districts(dir.resolve("reference/districts.csv"));
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("reference/postcodes.csv"), StandardCharsets.UTF_8)) {
      // The ONS postcode directory's layout (a few of its columns), with another authority's
      // postcodes that must be passed over.
      w.write("pcd7,pcds,dointr,doterm,laua,ctry\n");
      java.util.Set<String> seen = new java.util.TreeSet<>();
      for (Person p : people) {
        if (seen.add(p.postcode())) {
          w.write(
              p.postcode().replace(" ", "")
                  + ","
                  + p.postcode()
                  + ",199801,,"
                  + KentDistricts.ALL.get(p.district()).code()
                  + ",E92000001\n");
        }
      }
      w.write("ZZ991AA,ZZ99 1AA,199801,,E06000001,E92000001\n");
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(
            dir.resolve("Tracking/CCIS extract March 2017.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "YP Ref,Return Month,DOB,Postcode,Current Activity,Cohort Status,IC Codes,"
              + "EHC Plan,SEN Support,Activity Start Date,Verification Date\n");
      for (String[] row : rows) {
        w.write(String.join(",", row) + "\n");
      }
    }
    Files.writeString(dir.resolve("kpi-mapping.json"), MAPPING, StandardCharsets.UTF_8);
  }

  /** The mapping that reads the export (also shown in the user guide). */
  static final String MAPPING =
      """
      {
        "kpi_mapping": 1,
        "files": [
          {
            "kind": "neet-tracking",
            "match": ["Tracking/CCIS extract *.csv"],
            "date_formats": ["dd-MMM-yyyy"],
            "columns": {
              "person_id": "YP Ref",
              "snapshot_date": "Return Month",
              "date_of_birth": "DOB",
              "district": null,
              "postcode": "Postcode",
              "activity_code": "Current Activity",
              "cohort_status": "Cohort Status",
              "ic_codes": "IC Codes",
              "ehcp": "EHC Plan",
              "sen_support": "SEN Support",
              "activity_start_date": "Activity Start Date",
              "verification_date": "Verification Date"
            },
            "values": {
              "ehcp": {"Yes": "Y", "No": "N"},
              "sen_support": {"Yes": "Y", "No": "N"}
            }
          }
        ]
      }
      """;

  private static void districts(Path file) throws IOException {
    StringBuilder b = new StringBuilder("code,name,order,former_names\n");
    int order = 1;
    for (KentDistricts.Profile p : KentDistricts.ALL) {
      b.append(p.code())
          .append(',')
          .append(p.name())
          .append(',')
          .append(order++)
          .append(',')
          .append(p.formerName())
          .append('\n');
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }
}
