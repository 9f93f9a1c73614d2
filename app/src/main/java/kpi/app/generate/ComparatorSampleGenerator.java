package kpi.app.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic comparator files in the layout DfE publishes on Explore Education Statistics
 * (time_period, time_identifier, geographic_level, country/region/LA columns), for England, the
 * South East, Kent, its statistical neighbours and other shire authorities: NEET and participation
 * (calendar years, by age), KS4 and 16-18 results (academic years). England's and the regions'
 * levels are near the published ones; authorities vary around them.
 */
public final class ComparatorSampleGenerator {
  /** name, code, region code, region name, level. */
  private record Area(
      String name, String code, String regionCode, String regionName, String level) {}

  private static final String SE = "E12000008";
  private static final List<Area> AREAS =
      List.of(
          new Area("England", "E92000001", "", "", "National"),
          new Area("South East", "", SE, "South East", "Regional"),
          la("Kent", "E10000016", SE, "South East"),
          la("Essex", "E10000012", "E12000006", "East of England"),
          la("Hampshire", "E10000014", SE, "South East"),
          la("West Sussex", "E10000032", SE, "South East"),
          la("East Sussex", "E10000011", SE, "South East"),
          la("Lancashire", "E10000017", "E12000002", "North West"),
          la("Staffordshire", "E10000028", "E12000005", "West Midlands"),
          la("Worcestershire", "E10000034", "E12000005", "West Midlands"),
          la("Gloucestershire", "E10000013", "E12000009", "South West"),
          la("Nottinghamshire", "E10000024", "E12000004", "East Midlands"),
          la("Northamptonshire", "E10000021", "E12000004", "East Midlands"),
          la("Surrey", "E10000030", SE, "South East"),
          la("Oxfordshire", "E10000025", SE, "South East"),
          la("Buckinghamshire", "E10000002", SE, "South East"),
          la("Medway", "E06000035", SE, "South East"),
          la("Norfolk", "E10000020", "E12000006", "East of England"),
          la("Suffolk", "E10000029", "E12000006", "East of England"),
          la("Devon", "E10000008", "E12000009", "South West"),
          la("Somerset", "E10000027", "E12000009", "South West"),
          la("Cumbria", "E10000006", "E12000002", "North West"),
          la("Derbyshire", "E10000007", "E12000004", "East Midlands"),
          la("Leicestershire", "E10000018", "E12000004", "East Midlands"),
          la("Lincolnshire", "E10000019", "E12000004", "East Midlands"),
          la("Warwickshire", "E10000031", "E12000005", "West Midlands"),
          la("North Yorkshire", "E10000023", "E12000003", "Yorkshire and The Humber"),
          la("Cambridgeshire", "E10000003", "E12000006", "East of England"),
          la("Hertfordshire", "E10000015", "E12000006", "East of England"));

  private ComparatorSampleGenerator() {}

  private static Area la(String name, String code, String regionCode, String regionName) {
    return new Area(name, code, regionCode, regionName, "Local authority");
  }

  public static void write(Path dropDir, long seed) throws IOException {
    Path dir = dropDir.resolve("comparators");
    Files.createDirectories(dir);
    SplittableRandom r = new SplittableRandom(seed ^ 0xC0FFEEL);
    neet(dir.resolve("neet_participation_la.csv"), r);
    ks4(dir.resolve("ks4_la.csv"), r);
    ks5(dir.resolve("ks5_la.csv"), r);
    scorecard(dir.resolve("neet_scorecard_la.csv"), new SplittableRandom(seed ^ 0xD0E5L));
  }

  /**
   * The measures of DfE's NEET and participation LA scorecard beyond the headline, in its dashboard
   * file's columns: participation by route (March), the September Guarantee offer rate, NEET or not
   * known for no SEND, EHC plan, SEN support and the vulnerable group; 16-17 year olds, calendar
   * years 2016 and 2017. Kent is left out, so its own figures are placed among the authorities
   * ("where we would sit").
   */
  private static void scorecard(Path file, SplittableRandom r) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "time_period,time_identifier,"
                + PLACE
                + ",Age,"
                + "Full_time_education_percent,Apprenticeship_percent,"
                + "Other_education_and_training_percent,September_guarantee_Offer_made_percent,"
                + "NEET_NK_noSEN_percent,NEET_NK_EHCP_percent,NEET_NK_SENDsupport_percent,"
                + "VG_NEET_NK_percentage\n");
    double[][] england = {
      {82.9, 5.9, 1.2, 94.9, 5.9, 9.8, 10.9, 15.8}, {84.0, 5.8, 1.3, 94.5, 5.5, 9.4, 10.2, 14.9}
    };
    double[] spread = {2.0, 1.5, 0.6, 2.5, 1.5, 3.0, 3.0, 5.0};
    for (int y = 0; y < 2; y++) {
      for (Area a : AREAS) {
        if (a.name().equals("Kent")) {
          continue;
        }
        double[] v = england[y].clone();
        if (!a.level().equals("National")) {
          for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0.1, v[i] + spread[i] * noise(r));
          }
        }
        b.append(2016 + y).append(",Calendar year,").append(place(a)).append(",16-17");
        for (double x : v) {
          b.append(',').append(d1(Math.min(99.9, x)));
        }
        b.append('\n');
      }
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  private static String place(Area a) {
    boolean national = a.level().equals("National");
    boolean regional = a.level().equals("Regional");
    return a.level()
        + ",E92000001,England,"
        + (national ? "," : a.regionCode() + "," + a.regionName())
        + ","
        + (national || regional ? "," : a.code() + "," + a.name());
  }

  private static final String PLACE =
      "geographic_level,country_code,country_name,region_code," + "region_name,new_la_code,la_name";

  private static void neet(Path file, SplittableRandom r) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "time_period,time_identifier,"
                + PLACE
                + ",Age,"
                + "NEET_not_known_percent,NEET_percent,Notknown_percent,"
                + "TOTAL_participating_in_education_and_training_percent\n");
    // Calendar year Y holds December (Y-1) to February Y: 2017 is academic year 2016/17.
    double[][] england = {{2.8, 3.9, 90.0}, {2.7, 3.3, 91.1}};
    double[][] kent = {{3.3, 5.4, 88.4}, {2.9, 3.2, 91.0}};
    for (int y = 0; y < 2; y++) {
      for (Area a : AREAS) {
        double[] v =
            a.name().equals("Kent")
                ? kent[y]
                : a.name().equals("England")
                    ? england[y]
                    : new double[] {
                      england[y][0] + 0.8 * noise(r),
                      england[y][1] + 1.2 * noise(r),
                      england[y][2] + 1.5 * noise(r)
                    };
        for (String age : new String[] {"16-17", "16", "17"}) {
          double f = age.equals("16") ? 0.7 : age.equals("17") ? 1.3 : 1;
          double neet = Math.max(0.3, v[0] * f);
          double nk = Math.max(0.1, v[1] * f);
          double part = age.equals("16") ? v[2] + 4 : age.equals("17") ? v[2] - 4 : v[2];
          b.append(2016 + y)
              .append(",Calendar year,")
              .append(place(a))
              .append(',')
              .append(age)
              .append(',')
              .append(d1(neet + nk))
              .append(',')
              .append(d1(neet))
              .append(',')
              .append(d1(nk))
              .append(',')
              .append(d1(part))
              .append('\n');
        }
      }
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  private static void ks4(Path file, SplittableRandom r) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "time_period,time_identifier,"
                + PLACE
                + ",t_pupils,avg_att8,avg_p8score,pt_l2basics_94\n");
    double[][] england = {{49.9, -0.03, 63.0}, {46.3, -0.03, 63.9}};
    for (int y = 0; y < 2; y++) {
      for (Area a : AREAS) {
        double[] v =
            a.name().equals("England")
                ? england[y]
                : new double[] {
                  england[y][0] + 1.8 * noise(r),
                  england[y][1] + 0.08 * noise(r),
                  england[y][2] + 2.5 * noise(r)
                };
        if (a.name().equals("Kent")) {
          v = y == 0 ? new double[] {48.6, 0.05, 63.7} : new double[] {47.2, 0.02, 64.9};
        }
        String pupils =
            a.level().equals("National")
                ? "550000"
                : a.level().equals("Regional")
                    ? "86000"
                    : Integer.toString(4000 + r.nextInt(12000));
        b.append(2015 + y)
            .append(16 + y)
            .append(",Academic year,")
            .append(place(a))
            .append(',')
            .append(pupils)
            .append(',')
            .append(d1(v[0]))
            .append(',')
            .append(d2(v[1]))
            .append(',')
            .append(d1(v[2]))
            .append('\n');
      }
    }
    // A suppressed figure, as DfE publishes them: a small authority's Progress 8 withheld.
    Files.writeString(
        file,
        b
            + "201617,Academic year,Local authority,E92000001,England,E12000008,South East,"
            + "E06000046,Isle of Wight,1200,45.1,c,58.2\n",
        StandardCharsets.UTF_8);
  }

  private static void ks5(Path file, SplittableRandom r) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "time_period,time_identifier,"
                + PLACE
                + ",aps_alevel,aps_academic,aps_applied_general,aps_tech_level,english_progress,"
                + "maths_progress,l2_em_by19belowat16\n");
    double[][] england = {
      {31.0, 30.9, 28.0, 27.6, 0.0, 0.0, 16.9}, {31.1, 31.0, 28.1, 27.9, 0.01, 0.0, 17.8}
    };
    for (int y = 0; y < 2; y++) {
      for (Area a : AREAS) {
        double[] v = england[y].clone();
        if (!a.name().equals("England")) {
          for (int i = 0; i < v.length; i++) {
            v[i] += (i < 4 ? 1.2 : i < 6 ? 0.08 : 2.0) * noise(r);
          }
        }
        b.append(2015 + y).append(16 + y).append(",Academic year,").append(place(a));
        for (int i = 0; i < v.length; i++) {
          b.append(',').append(i == 4 || i == 5 ? d2(v[i]) : d1(v[i]));
        }
        b.append('\n');
      }
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  private static double noise(SplittableRandom r) {
    return r.nextDouble() * 2 - 1;
  }

  private static String d1(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String d2(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
