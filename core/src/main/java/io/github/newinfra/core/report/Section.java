package io.github.newinfra.core.report;

import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sections of the report in the one order every format follows, and what goes into each: the title, the
 * summary, the targets that need attention and those that need newer data, the completion table, the targets with
 * data one by one, the qualitative goals, the roll-ups, the targets without data, a final evaluation's own sections
 * (goals, tasks, projects, departments, what is still needed), then the appendix: the rows used, a final
 * evaluation's returns checked, the rows not used and rejected. A format ({@link SectionWriter}) decides how a
 * section looks, never which sections come or in what order. Not part of the API.
 */
enum Section {
  /** The title and the documents evaluated. */
  TITLE {
    @Override
    void write(Page p, SectionWriter w) {
      w.title();
    }
  },
  /** Date, method, coverage, status distribution, the fate of the input rows. */
  SUMMARY {
    @Override
    void write(Page p, SectionWriter w) {
      w.summary();
    }
  },
  /** MISSED, DETERIORATION, LIMITED_PROGRESS and NEEDS_ACCELERATION, most serious first. */
  ATTENTION {
    @Override
    void write(Page p, SectionWriter w) {
      w.targetList(TargetList.ATTENTION, p.summary.attention());
    }
  },
  /** The targets resting on stale data or lacking data for their due year. */
  NEEDS_DATA {
    @Override
    void write(Page p, SectionWriter w) {
      w.targetList(TargetList.NEEDS_DATA, p.summary.needingData());
    }
  },
  /** 主要指标完成情况表: the targets with data, or every target with {@link Detail#ALL}. */
  COMPLETION {
    @Override
    void write(Page p, SectionWriter w) {
      w.completion(CompletionTable.of(p.report, p.index, p.labels, p.detail));
    }
  },
  /** The quantitative targets with data, one entry each. */
  TARGETS_WITH_DATA {
    @Override
    void write(Page p, SectionWriter w) {
      w.targetsWithData(select(p, r -> Summary.hasData(r) && r.assessment().isEmpty()));
    }
  },
  /**
   * The qualitative goals with an assessment; in a final evaluation, its own 定性目标评估 shows them with their
   * evidence, department and date instead.
   */
  QUALITATIVE {
    @Override
    void write(Page p, SectionWriter w) {
      if (p.finalEvaluation.isEmpty()) {
        w.qualitative(select(p, r -> r.assessment().isPresent() && Summary.hasData(r)));
      }
    }
  },
  /** The roll-ups of every dimension. */
  ROLL_UPS {
    @Override
    void write(Page p, SectionWriter w) {
      List<RolledUp> dimensions = new ArrayList<>();
      for (RollUpDimension d : RollUpDimension.values()) {
        dimensions.add(new RolledUp(d, Phrases.rated(p.report, d), Phrases.unrated(p.report, d, p.labels)));
      }
      w.rollUps(dimensions);
    }
  },
  /** The targets without data and the qualitative goals awaiting assessment. */
  WITHOUT_DATA {
    @Override
    void write(Page p, SectionWriter w) {
      w.withoutData(select(p, r -> r.status() == Status.NO_DATA), select(p, r -> r.status() == Status.NOT_ASSESSED));
    }
  },
  /**
   * A final evaluation's main sections: qualitative goals, key tasks, major projects, lead departments and what is
   * still needed.
   */
  FINAL_EVALUATION {
    @Override
    void write(Page p, SectionWriter w) {
      p.finalEvaluation.ifPresent(f -> w.finalEvaluation(FinalSections.of(f, p.index, p.locale)));
    }
  },
  /** The appendix for the analyst: every target with data, its id and the rows it used. */
  APPENDIX {
    @Override
    void write(Page p, SectionWriter w) {
      w.appendix(select(p, Summary::hasData));
    }
  },
  /** A final evaluation's returns checked: every row's fate, the rejected rows at their cells, the conflicts. */
  RETURNS_CHECKED {
    @Override
    void write(Page p, SectionWriter w) {
      p.finalEvaluation.ifPresent(f -> w.returnsChecked(FinalSections.checked(f, p.index, p.locale)));
    }
  },
  /** The rows not used and the rows rejected, with their positions and reasons. */
  ROWS {
    @Override
    void write(Page p, SectionWriter w) {
      w.rows();
    }
  },
  /** What ends the report. */
  END {
    @Override
    void write(Page p, SectionWriter w) {
      w.end();
    }
  };

  abstract void write(Page p, SectionWriter w);

  /**
   * Writes the report: every section in order, each passed on as soon as it is written.
   *
   * @param p the report being written
   * @param w the format
   * @throws IOException if writing fails
   */
  static void writeAll(Page p, SectionWriter w) throws IOException {
    for (Section s : values()) {
      s.write(p, w);
      w.flush();
    }
  }

  private static List<TargetResult> select(Page p, Predicate<TargetResult> which) {
    List<TargetResult> out = new ArrayList<>();
    for (TargetResult r : p.report.results()) {
      if (which.test(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
