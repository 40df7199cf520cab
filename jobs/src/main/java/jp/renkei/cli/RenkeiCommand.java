package jp.renkei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "renkei", mixinStandardHelpOptions = true, versionProvider = RenkeiCommand.Version.class,
        description = "Data warehouse of the 在宅医療・介護連携推進事業: loads 見える化 exports, population, "
                + "activity records and surveys into DuckDB and Parquet.",
        subcommands = {LoadCommand.class, ValidateCommand.class, RunsCommand.class, ReportCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public class RenkeiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new RenkeiCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say which, e.g. `renkei load`");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RenkeiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"renkei " + (v == null ? "(development build)" : v)};
        }
    }
}
