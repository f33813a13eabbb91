package org.madang.sync.agent.cli;

import java.nio.file.Path;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --data-dir}, and the process environment of the root command. */
final class DataDirOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", descriptionKey = "data-dir")
    Path dataDir;

    AgentFiles files() throws AgentSetupException {
        return AgentFiles.at(dataDir);
    }

    Environment environment() {
        return ((SyncAgentCommand) command.root().userObject()).environment();
    }
}
