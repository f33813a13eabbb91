package org.madang.sync.agent.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentLogConfiguratorTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();
    private PrintStream realErr;

    @BeforeEach
    void captureStderr() {
        // A bare context, as SLF4J's provider would give logback, MDC included.
        context.setMDCAdapter(new LogbackMDCAdapter());
        realErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        context.stop();
        System.setErr(realErr);
    }

    @Test
    void writesInfoToStderrInTheAgentsLineFormatAndKeepsDebugAndHttpClientInfoOut() {
        AgentLogConfigurator configurator = new AgentLogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("org.madang.sync.agent.pass.SyncPass").info("pass DONE took={}ms", 12);
        context.getLogger("org.madang.sync.agent.pass.SyncPass").debug("not shown");
        context.getLogger("org.apache.hc.client5.http.impl").info("not shown either");
        context.getLogger("org.apache.hc.client5.http.impl").warn("connection reset");

        String written = err.toString(StandardCharsets.UTF_8);
        assertThat(written.lines()).hasSize(2);
        assertThat(written.lines().findFirst().orElseThrow())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  o\\.m\\.s\\.a\\.p\\.SyncPass - pass DONE took=12ms");
        assertThat(written).contains("WARN  o.a.h.c.http.impl - connection reset").doesNotContain("not shown");
    }

    @Test
    void leavesLoggingToAnOperatorsOwnFileWhenOneIsNamed() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/etc/madang/agent-logback.xml");
        try {
            AgentLogConfigurator configurator = new AgentLogConfigurator();
            configurator.setContext(context);

            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger("ROOT").iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
