package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.offers.Component;
import dev.allclose.plan.offers.Money;
import dev.allclose.plan.offers.Offer;
import dev.allclose.plan.offers.OfferComparison;
import dev.allclose.plan.offers.Projection;
import dev.allclose.plan.offers.YearAmounts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose offers}: keeps offers and compares them year by year. */
@Command(
    name = "offers",
    header = "Compare job offers year by year and over four years.",
    description = {
      "Compare job offers year by year and over four years: base, bonus, sign-on, equity with its"
          + " vesting (cliff, monthly or quarterly, back-loaded), refreshers and extras, to the"
          + " cent.",
      "Start from `offers template`; see docs/offers.md for the format."
    },
    subcommands = {
      OffersCommand.Template.class,
      OffersCommand.Add.class,
      OffersCommand.ListOffers.class,
      OffersCommand.Remove.class,
      OffersCommand.Compare.class
    })
public final class OffersCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code offers template}: prints an offer file to start from. */
  @Command(name = "template", description = "Print an example offer file to fill in.")
  static final class Template implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(ContentFiles.text("offer-template.yaml"));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code offers add FILE...}: validates and keeps offers (by their name). */
  @Command(name = "add", description = "Check offer files and keep them for `offers compare`.")
  static final class Add implements Callable<Integer> {
    @ParentCommand OffersCommand offers;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Offer files (YAML).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      for (Path f : files) {
        Offer o = offers.root.services().workbench().offers().add(f);
        spec.commandLine()
            .getOut()
            .println("Kept the offer " + o.name() + " (" + o.currency() + ").");
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code offers list}. */
  @Command(name = "list", description = "The offers kept.")
  static final class ListOffers implements Callable<Integer> {
    @ParentCommand OffersCommand offers;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<Offer> saved = offers.root.services().workbench().offers().kept();
      PrintWriter out = spec.commandLine().getOut();
      if (saved.isEmpty()) {
        out.println("No offers kept yet: allclose offers add FILE");
      } else {
        Table t = new Table(List.of("Offer", "Currency", "Base"), List.of(false, false, true));
        for (Offer o : saved) {
          t.row(List.of(o.name(), o.currency(), Money.format(o.base())));
        }
        t.print(out);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code offers remove NAME}. */
  @Command(name = "remove", description = "Forget a kept offer.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand OffersCommand offers;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The offer's name.")
    String name;

    @Override
    public Integer call() {
      offers.root.services().workbench().offers().remove(name);
      spec.commandLine().getOut().println("Removed the offer " + name + ".");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code offers compare [FILE...]}: the comparison table, or JSON. */
  @Command(
      name = "compare",
      description = "Compare the given offer files, or else every kept offer (two or more).")
  static final class Compare implements Callable<Integer> {
    static final int DEFAULT_YEARS = 4;

    @ParentCommand OffersCommand offers;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Offer files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--years", paramLabel = "N", description = "The horizon (default: 4).")
    int years = DEFAULT_YEARS;

    @Option(
        names = "--leave-after",
        paramLabel = "MONTHS",
        description =
            "Assume you leave after MONTHS: unvested equity is lost, sign-on clawed back.")
    @Nullable Integer leaveAfter;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Override
    public Integer call() {
      OfferComparison c =
          offers.root.services().workbench().offers().compare(files, years, leaveAfter);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(c.json());
      } else {
        print(out, c);
      }
      out.flush();
      return 0;
    }

    private static void print(PrintWriter out, OfferComparison c) {
      Projection first = c.projections().get(0);
      int shown = first.byYear().size();
      out.println(
          (first.leaveAfterMonths() == null
                  ? shown + "-year comparison"
                  : "Comparison if you leave after " + first.leaveAfterMonths() + " months")
              + " ("
              + c.currency()
              + ")");
      out.println();
      Table summary = new Table(header("Offer", shown), right(shown));
      for (Projection p : c.projections()) {
        List<String> row = new ArrayList<>(List.of(p.offer().name()));
        p.byYear().forEach(y -> row.add(Money.format(y.total())));
        row.add(Money.format(p.total().total()));
        summary.row(row);
      }
      summary.print(out);
      Projection best = c.best();
      BigDecimal next =
          c.projections().stream()
              .filter(p -> !p.offer().name().equals(best.offer().name()))
              .map(p -> p.total().total())
              .max(BigDecimal::compareTo)
              .orElse(Money.ZERO);
      out.println();
      out.println(
          "Most over the period: "
              + best.offer().name()
              + ", "
              + Money.format(best.total().total().subtract(next))
              + " more than the next.");
      for (Projection p : c.projections()) {
        out.println();
        out.println(p.offer().name());
        Table t = new Table(header("", shown), right(shown));
        for (Component comp : Component.values()) {
          t.row(line(comp.title(), p, y -> y.get(comp)));
        }
        t.row(line("Total", p, YearAmounts::total));
        t.print(out);
        out.println("Granted but not vested at the end: " + Money.format(p.unvested()));
        p.notes().forEach(n -> out.println("  - " + n));
      }
    }

    private static List<String> line(
        String label, Projection p, java.util.function.Function<YearAmounts, BigDecimal> amount) {
      List<String> row = new ArrayList<>(List.of(label));
      p.byYear().forEach(y -> row.add(Money.format(amount.apply(y))));
      row.add(Money.format(amount.apply(p.total())));
      return row;
    }

    private static List<String> header(String first, int years) {
      List<String> h = new ArrayList<>(List.of(first));
      for (int y = 1; y <= years; y++) {
        h.add("Year " + y);
      }
      h.add("Total");
      return h;
    }

    private static List<Boolean> right(int years) {
      List<Boolean> r = new ArrayList<>(List.of(false));
      for (int y = 0; y <= years; y++) {
        r.add(true);
      }
      return r;
    }
  }
}
