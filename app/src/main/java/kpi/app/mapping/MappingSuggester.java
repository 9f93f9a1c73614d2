package kpi.app.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.app.read.Column;
import kpi.app.read.Flags;
import kpi.app.read.Kinds;
import kpi.app.read.TablePeek;

/**
 * Drafts a mapping from an export's headings and coded values ({@code kpi mapping suggest}): each
 * contract column matched to the closest heading, with a confidence; required columns nobody
 * matched listed; for coded columns, the export's values with a proposed contract value. The draft
 * is for an analyst to check and edit, never used unseen.
 */
public final class MappingSuggester {
  /** Below this a heading is not proposed for a column. */
  static final double MIN_CONFIDENCE = 0.5;

  /** Headings councils' systems use for contract columns (normalised like headers). */
  private static final Map<String, List<String>> SYNONYMS =
      Map.ofEntries(
          Map.entry(
              "person_id",
              List.of(
                  "yp_ref",
                  "yp_id",
                  "young_person_id",
                  "client_id",
                  "person_ref",
                  "upn",
                  "pupil_matching_reference",
                  "nccis_pupilmatchingrefanonymous",
                  "id",
                  "ref",
                  "reference",
                  "learner_ref",
                  "uln")),
          Map.entry(
              "snapshot_date",
              List.of(
                  "return_month",
                  "snapshot",
                  "month",
                  "report_date",
                  "period",
                  "month_end",
                  "extract_date",
                  "return_date")),
          Map.entry("date_of_birth", List.of("dob", "birth_date", "birthdate", "d_o_b")),
          Map.entry("academic_age", List.of("age", "academic_age_at_31_august", "age_at_31_aug")),
          Map.entry(
              "district",
              List.of(
                  "la_district",
                  "district_name",
                  "locality",
                  "area",
                  "district_council",
                  "lad",
                  "lad_name")),
          Map.entry(
              "activity_code",
              List.of(
                  "current_activity",
                  "activity",
                  "current_activity_code",
                  "nccis_current_activity_code",
                  "intended_destination",
                  "activity_type")),
          Map.entry("send", List.of("sen", "sen_status", "send_status", "sen_provision")),
          Map.entry("looked_after", List.of("lac", "cla", "looked_after_child", "in_care")),
          Map.entry("care_leaver", List.of("care_leaver_flag", "leaving_care")),
          Map.entry("gender", List.of("sex")),
          Map.entry("academic_year", List.of("acad_yr", "year", "nccis_acadyr", "acadyr")),
          Map.entry("month_number", List.of("month_no", "nccis_monthno", "monthno", "month_num")),
          Map.entry("cohort_status", List.of("status", "cohort", "yp_status")),
          Map.entry(
              "ic_codes",
              List.of(
                  "ic_code",
                  "characteristics",
                  "individual_characteristics",
                  "ic01",
                  "vulnerable_groups")),
          Map.entry("ehcp", List.of("ehc_plan", "ehcp_flag", "has_ehcp", "statement")),
          Map.entry("sen_support", List.of("sen_support_flag", "sen_k", "school_action")),
          Map.entry(
              "activity_start_date",
              List.of("start_date", "activity_start", "nccis_current_activity_start_date")),
          Map.entry(
              "verification_date",
              List.of(
                  "verified",
                  "date_verified",
                  "verified_date",
                  "nccis_current_activity_verification_date")),
          Map.entry("review_date", List.of("review", "next_review")),
          Map.entry("postcode", List.of("post_code", "home_postcode", "pcode", "pcds")),
          Map.entry("learner_id", List.of("uln", "learner_ref", "learner")),
          Map.entry(
              "start_date",
              List.of("learning_start_date", "programme_start", "apprenticeship_start_date")),
          Map.entry("age_at_start", List.of("age", "age_start")),
          Map.entry("employer_id", List.of("employer_ref", "ern", "employer")),
          Map.entry("pupil_id", List.of("upn", "pupil_ref", "candidate")),
          Map.entry("attainment8", List.of("att8", "a8", "attainment_8")),
          Map.entry("progress8", List.of("p8", "progress_8")),
          Map.entry("english_grade", List.of("english", "eng_grade")),
          Map.entry("maths_grade", List.of("maths", "math_grade", "mat_grade")),
          Map.entry("student_id", List.of("uln", "learner_ref")));

  private static final Set<String> FLAGS =
      Set.of(
          "looked_after",
          "care_leaver",
          "ehcp",
          "sen_support",
          "assisted",
          "troubled_family",
          "fsm",
          "disadvantaged",
          "em_pass_at_16",
          "em_pass_by_19",
          "level2_by_19",
          "level3_by_19");
  private static final Pattern LEADING_CODE = Pattern.compile("\\s*(\\d{3})\\b.*");

  /** One column's proposal. */
  public record Match(String column, String heading, double confidence) {}

  /** What was proposed for one file. */
  public record Draft(
      String file,
      String kind,
      int headerRow,
      List<Match> matches,
      List<String> unmatchedRequired,
      Map<String, Map<String, String>> values) {}

  /** Proposes a mapping of one file to a kind. */
  public Draft suggest(String file, String kind, TablePeek peek) {
    List<Column> columns = Kinds.columns(kind).orElse(List.of());
    List<String> contract = new ArrayList<>(MappingLoader.contractColumns(kind));
    // Best pairs first, each heading used once.
    List<Match> all = new ArrayList<>();
    for (String c : contract) {
      for (String h : peek.headings()) {
        if (!h.isBlank()) {
          double conf = confidence(c, h);
          if (conf >= MIN_CONFIDENCE) {
            all.add(new Match(c, h, conf));
          }
        }
      }
    }
    all.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    Map<String, Match> chosen = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Match m : all) {
      if (!chosen.containsKey(m.column()) && used.add(m.heading())) {
        chosen.put(m.column(), m);
      }
    }
    List<Match> matches = new ArrayList<>();
    contract.forEach(
        c -> {
          if (chosen.containsKey(c)) {
            matches.add(chosen.get(c));
          }
        });
    List<String> unmatched = new ArrayList<>();
    for (Column c : columns) {
      boolean found =
          chosen.containsKey(c.name()) || c.alternatives().stream().anyMatch(chosen::containsKey);
      if (c.required() && !found) {
        unmatched.add(c.name());
      }
    }
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    for (Match m : matches) {
      Map<String, String> proposed =
          proposeValues(m.column(), peek.values().getOrDefault(m.heading(), Set.of()));
      if (!proposed.isEmpty()) {
        values.put(m.column(), proposed);
      }
    }
    return new Draft(file, kind, peek.headerRow(), matches, unmatched, values);
  }

  /** The kind whose columns the headings match best (for files whose names say nothing). */
  public String likelyKind(TablePeek peek) {
    String best = null;
    double bestScore = 0;
    for (String kind : Kinds.names()) {
      double score = 0;
      for (String c : MappingLoader.contractColumns(kind)) {
        double top = 0;
        for (String h : peek.headings()) {
          top = Math.max(top, confidence(c, h));
        }
        score += top >= 0.85 ? top : 0;
      }
      if (score > bestScore) {
        bestScore = score;
        best = kind;
      }
    }
    return best;
  }

  /** How sure we are that an export heading is a contract column, 0 to 1. */
  static double confidence(String column, String heading) {
    String h = Column.normalise(heading);
    String c = Column.normalise(column);
    if (h.equals(c)) {
      return 1.0;
    }
    List<String> synonyms = SYNONYMS.getOrDefault(column, List.of());
    if (synonyms.contains(h)) {
      return 0.9;
    }
    String hc = h.replace("_", "");
    if (hc.equals(c.replace("_", ""))) {
      return 0.95;
    }
    for (String s : synonyms) {
      if (hc.equals(s.replace("_", ""))) {
        return 0.85;
      }
    }
    double best = similarity(h, c);
    for (String s : synonyms) {
      best = Math.max(best, similarity(h, s) * 0.9);
    }
    return best;
  }

  /** Token overlap and spelling closeness of two normalised names, 0 to 1. */
  private static double similarity(String a, String b) {
    Set<String> ta = new HashSet<>(List.of(a.split("_")));
    Set<String> tb = new HashSet<>(List.of(b.split("_")));
    Set<String> both = new HashSet<>(ta);
    both.retainAll(tb);
    Set<String> either = new HashSet<>(ta);
    either.addAll(tb);
    double jaccard = either.isEmpty() ? 0 : (double) both.size() / either.size();
    int longer = Math.max(a.length(), b.length());
    double spelling = longer == 0 ? 0 : 1.0 - (double) kpi.app.read.Suggest.distance(a, b) / longer;
    return Math.max(jaccard * 0.8, spelling * 0.8);
  }

  /** Export values of a coded column that the contract would not take, with a proposal. */
  static Map<String, String> proposeValues(String column, Set<String> seen) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : seen) {
      String proposal = null;
      if (FLAGS.contains(column)) {
        if (parses(v)) {
          continue;
        }
        String l = v.toLowerCase(Locale.ROOT);
        proposal =
            l.startsWith("y") || l.startsWith("has") || l.equals("true")
                ? "Y"
                : l.startsWith("n") || l.startsWith("no") ? "N" : "";
      } else if (column.equals("activity_code")) {
        if (v.matches("\\d{3}")) {
          continue;
        }
        Matcher m = LEADING_CODE.matcher(v);
        proposal = m.matches() ? m.group(1) : "";
      } else if (column.equals("send")) {
        if (v.matches("(?i)[NKEY]")) {
          continue;
        }
        String l = v.toLowerCase(Locale.ROOT);
        proposal =
            l.contains("ehc") || l.contains("statement")
                ? "E"
                : l.contains("support") || l.contains("action")
                    ? "K"
                    : l.startsWith("no") || l.contains("none") ? "N" : "";
      } else if (column.equals("cohort_status")) {
        if (v.matches("(?i)[PGATEMDL]")) {
          continue;
        }
        proposal = "";
      } else {
        continue;
      }
      out.put(v, proposal);
    }
    return out;
  }

  private static boolean parses(String v) {
    try {
      Flags.parse(v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The drafts as a {@code kpi-mapping.json} with the confidences beside the columns. */
  public String toJson(List<Draft> drafts) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("kpi_mapping", 1);
    ArrayNode files = root.putArray("files");
    for (Draft d : drafts) {
      ObjectNode f = files.addObject();
      f.put("kind", d.kind());
      f.putArray("match").add("**/" + d.file());
      if (d.headerRow() > 1) {
        f.put("header_row", d.headerRow());
      }
      ObjectNode cols = f.putObject("columns");
      d.matches().forEach(m -> cols.put(m.column(), m.heading()));
      if (!d.values().isEmpty()) {
        ObjectNode vals = f.putObject("values");
        d.values()
            .forEach(
                (c, map) -> {
                  ObjectNode one = vals.putObject(c);
                  map.forEach(one::put);
                });
      }
      ObjectNode conf = f.putObject("suggestions");
      d.matches()
          .forEach(
              m ->
                  conf.put(
                      m.column(),
                      BigDecimal.valueOf(m.confidence()).setScale(2, RoundingMode.HALF_UP)));
      ArrayNode missing = f.putArray("unmatched_required");
      d.unmatchedRequired().forEach(missing::add);
    }
    try {
      return json.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the draft mapping", e);
    }
  }
}
