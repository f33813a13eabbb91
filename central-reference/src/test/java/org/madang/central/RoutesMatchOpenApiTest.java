package org.madang.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.madang.central.http.Route;
import org.madang.central.http.Routes;
import org.madang.sync.api.SyncApi;

/** The device routes the central serves are exactly the {@code /api/v1/*} paths of the OpenAPI document. */
class RoutesMatchOpenApiTest {

    private static final Pattern PATH = Pattern.compile("(?m)^  (/api/v1/[^:\\s]*):\\s*$");

    @Test
    void deviceRoutesAreTheOpenApiPaths() throws IOException {
        String yaml;
        try (InputStream in = SyncApi.class.getResourceAsStream(SyncApi.OPENAPI_RESOURCE)) {
            assertThat(in).as(SyncApi.OPENAPI_RESOURCE + " on the class path").isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> documented = new TreeSet<>();
        Matcher matcher = PATH.matcher(yaml);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        TreeSet<String> served = new TreeSet<>();
        for (Route route : Routes.DEVICE) {
            served.add(route.path());
        }
        assertThat(served).isEqualTo(documented);
    }
}
