package kpi.app.pack;

import java.util.ArrayList;
import java.util.List;
import kpi.core.pack.PackModel.Pack;

/** Wording shared by the XLSX and HTML packs. */
final class PackText {
  private PackText() {}

  /** What was suppressed and why: counts of cells, never values. */
  static List<String> suppressionLines(Pack pack) {
    List<String> out = new ArrayList<>();
    if (pack.unsuppressed()) {
      out.add(
          "NOT FOR PUBLICATION: this pack was made with --no-suppression, so small numbers"
              + " are shown. Share it only inside the council.");
      return out;
    }
    out.add(
        "[c] confidential: a count of 1 to "
            + (pack.suppressBelow() - 1)
            + " young people (or a"
            + " rate built on one) is not shown, and where a hidden cell could be worked out from a"
            + " total, the next smallest cell is hidden too.");
    out.add("[x] not available; [z] not applicable; 0 none.");
    out.add(
        "Cells suppressed in this pack: "
            + pack.primarySuppressed()
            + " small counts, "
            + pack.secondarySuppressed()
            + " more so that they cannot be worked out from totals.");
    return out;
  }
}
