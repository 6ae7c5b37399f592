package dev.allclose.cli.commands;

import dev.allclose.app.AppException;
import dev.allclose.app.accounts.AccountService;
import dev.allclose.app.accounts.AccountService.Invitation;
import dev.allclose.app.accounts.Role;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.server.accounts.InvitationLinks;
import dev.allclose.server.guard.SiteOrigin;
import dev.allclose.store.Accounts.Account;
import dev.allclose.store.AuditLog;
import java.io.PrintWriter;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose admin}: the accounts of a shared server, from the machine that runs it. Every
 * change is written to the audit log as done by {@code cli:USER}. The first admin is made here.
 */
@Command(
    name = "admin",
    header = "Manage a shared server's accounts: create, invite again, change a role, disable.",
    description =
        "Works on the server's PostgreSQL database (--database, or $ALLCLOSE_DATABASE). A new"
            + " account gets a one-time invitation link, printed once, with which its owner"
            + " chooses a password.",
    subcommands = {
      AdminCommand.CreateUser.class,
      AdminCommand.Invite.class,
      AdminCommand.SetRole.class,
      AdminCommand.Disable.class,
      AdminCommand.Users.class,
      AdminCommand.Audit.class
    })
public final class AdminCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The options every admin command takes, and the accounts they open. */
  abstract static class Base implements Callable<Integer> {
    @ParentCommand AdminCommand admin;
    @Spec CommandSpec spec;

    @Option(
        names = "--database",
        paramLabel = "URL",
        description = "The server's PostgreSQL database (default: $ALLCLOSE_DATABASE).")
    @Nullable String database;

    AccountService accounts() {
      String db =
          database != null
              ? database
              : admin.root.environment().variables().get("ALLCLOSE_DATABASE");
      if (db == null || db.isBlank()) {
        throw new UserError(
            "accounts live in a shared server's PostgreSQL database: give --database"
                + " jdbc:postgresql://HOST/DATABASE or set $ALLCLOSE_DATABASE");
      }
      admin.root.services().workbench().usePostgres(db);
      try {
        AccountService accounts = admin.root.services().workbench().accounts();
        accounts.enable();
        return accounts;
      } catch (AppException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
    }

    /** Who the audit log names: the operating-system user at the server's command line. */
    static String actor() {
      return "cli:" + System.getProperty("user.name", "unknown");
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  /** The commands that print an invitation link, which names the server's public address. */
  abstract static class WithLink extends Base {
    @Option(
        names = "--origin",
        paramLabel = "URL",
        description =
            "The address users open, as given to 'serve --origin' (default: $ALLCLOSE_ORIGIN, else"
                + " http://127.0.0.1:7070).")
    @Nullable String origin;

    void printLink(Invitation invitation) {
      String given =
          origin != null ? origin : admin.root.environment().variables().get("ALLCLOSE_ORIGIN");
      String site;
      try {
        site =
            SiteOrigin.of(
                    URI.create(given == null || given.isBlank() ? "http://127.0.0.1:7070" : given))
                .origin(0);
      } catch (IllegalArgumentException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
      PrintWriter out = out();
      out.println(
          "Send this link to "
              + invitation.account().email()
              + " ("
              + invitation.account().role()
              + "). It works once, until "
              + DateTimeFormatter.ISO_LOCAL_DATE.format(
                  invitation.expiresAt().atZone(ZoneOffset.UTC))
              + ", and is not shown again:");
      out.println("    " + InvitationLinks.of(site, invitation.token()));
      out.flush();
    }
  }

  @Command(
      name = "create-user",
      description = "Create an account and print its one-time invitation link.")
  static final class CreateUser extends WithLink {
    @Parameters(paramLabel = "EMAIL", description = "The new user's email address.")
    String email = "";

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "admin, coach or candidate.")
    String role = "";

    @Override
    public Integer call() {
      Role r = Role.of(role);
      printLink(accounts().createUser(actor(), email, r));
      return 0;
    }
  }

  @Command(
      name = "invite",
      description =
          "Print a new invitation link for an account (a lost link, a forgotten password); the"
              + " earlier links stop working.")
  static final class Invite extends WithLink {
    @Parameters(paramLabel = "EMAIL", description = "The account's email address.")
    String email = "";

    @Override
    public Integer call() {
      printLink(accounts().reinvite(actor(), email));
      return 0;
    }
  }

  @Command(name = "set-role", description = "Give an account another role.")
  static final class SetRole extends Base {
    @Parameters(index = "0", paramLabel = "EMAIL", description = "The account's email address.")
    String email = "";

    @Parameters(index = "1", paramLabel = "ROLE", description = "admin, coach or candidate.")
    String role = "";

    @Override
    public Integer call() {
      Role r = Role.of(role);
      Account a = accounts().setRole(actor(), email, r);
      out().println(a.email() + " is now " + a.role() + ".");
      return 0;
    }
  }

  @Command(
      name = "disable",
      description = "Disable an account and end its sessions; its data stays.")
  static final class Disable extends Base {
    @Parameters(paramLabel = "EMAIL", description = "The account's email address.")
    String email = "";

    @Override
    public Integer call() {
      accounts().disable(actor(), email);
      out().println(email.strip() + " is disabled; its sessions are over.");
      return 0;
    }
  }

  @Command(name = "users", description = "List the accounts.")
  static final class Users extends Base {
    @Override
    public Integer call() {
      PrintWriter out = out();
      for (Account a : accounts().users()) {
        String state = a.disabledAt() != null ? "disabled" : a.hasPassword() ? "active" : "invited";
        out.printf("%-40s %-10s %s%n", a.email(), a.role(), state);
      }
      return 0;
    }
  }

  @Command(name = "audit", description = "Print the latest admin actions, newest first.")
  static final class Audit extends Base {
    @Option(names = "--limit", paramLabel = "N", description = "How many (default 50).")
    int limit = 50;

    @Override
    public Integer call() {
      PrintWriter out = out();
      for (AuditLog.Entry e : accounts().audit(Math.max(1, limit))) {
        out.printf(
            "%s  %-24s %-12s %-32s %s%n",
            DateTimeFormatter.ISO_INSTANT.format(e.at()),
            e.actor(),
            e.action(),
            e.subject(),
            e.detail());
      }
      return 0;
    }
  }
}
