package dev.lede.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lede generate-completion}: the bash/zsh completion script for lede, as picocli writes it.
 * A command of lede's own rather than picocli's, which lets any argument follow it unchecked.
 */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash/zsh completion script for lede.",
      "Run the following command to give `lede` TAB completion in the current shell:",
      "",
      "  source <(lede generate-completion)",
      ""
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("lede", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
