package kpi.app.generate;

import java.util.List;

/**
 * Kent's twelve districts as the sample drop models them: ONS code, name, former name, share of the
 * county's young people, and how much more (or less) likely than the county their young people are
 * to be NEET. The shares and factors are rough, from the districts' published profiles; they only
 * need to make the sample look like Kent.
 */
final class KentDistricts {
  /** One district. */
  record Profile(String code, String name, String formerName, double share, double neetFactor) {}

  static final List<Profile> ALL =
      List.of(
          new Profile("E07000105", "Ashford", "", 0.088, 1.00),
          new Profile("E07000106", "Canterbury", "", 0.095, 1.00),
          new Profile("E07000107", "Dartford", "", 0.075, 0.95),
          new Profile("E07000108", "Dover", "", 0.070, 1.20),
          new Profile("E07000109", "Gravesham", "", 0.070, 1.20),
          new Profile("E07000110", "Maidstone", "", 0.108, 0.90),
          new Profile("E07000111", "Sevenoaks", "", 0.078, 0.65),
          new Profile("E07000112", "Folkestone and Hythe", "Shepway", 0.068, 1.25),
          new Profile("E07000113", "Swale", "", 0.098, 1.30),
          new Profile("E07000114", "Thanet", "", 0.088, 1.45),
          new Profile("E07000115", "Tonbridge and Malling", "", 0.086, 0.70),
          new Profile("E07000116", "Tunbridge Wells", "", 0.076, 0.60));

  private KentDistricts() {}

  /** The share-weighted mean NEET factor, to keep the county rate where it is set. */
  static double meanNeetFactor() {
    double share = 0;
    double weighted = 0;
    for (Profile p : ALL) {
      share += p.share();
      weighted += p.share() * p.neetFactor();
    }
    return weighted / share;
  }

  /** {@code reference/districts.csv}. */
  static String referenceCsv() {
    StringBuilder b = new StringBuilder("code,name,order,former_names\n");
    for (int i = 0; i < ALL.size(); i++) {
      Profile p = ALL.get(i);
      b.append(p.code())
          .append(',')
          .append(p.name())
          .append(',')
          .append(i + 1)
          .append(',')
          .append(p.formerName())
          .append('\n');
    }
    return b.toString();
  }

  /** A district drawn by share. */
  static Profile draw(double u) {
    double total = ALL.stream().mapToDouble(Profile::share).sum();
    double acc = 0;
    for (Profile p : ALL) {
      acc += p.share() / total;
      if (u < acc) {
        return p;
      }
    }
    return ALL.get(ALL.size() - 1);
  }
}
