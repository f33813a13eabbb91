package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.madang.device.profile.ProfileJson.problemsOf;
import static org.madang.device.profile.ProfileJson.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.profile.ProfileProblem.Code;

class ProfileValidationTest {

    @Test
    void rejectsMalformedJsonNamingLineAndColumn() {
        List<ProfileProblem> problems = problemsOf("{\n  \"schemaVersion\": 1,\n  \"deviceId\": \"a\" \"b\"\n}");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.MALFORMED_JSON);
            assertThat(problem.args().subList(0, 2)).containsExactly("3", "19");
        });
    }

    @Test
    void rejectsAKeyGivenTwice() {
        assertThat(problemsOf("{\"deviceId\": \"a\", \"deviceId\": \"b\"}"))
                .singleElement().extracting(ProfileProblem::code).isEqualTo(Code.MALFORMED_JSON);
    }

    @Test
    void rejectsAFileThatIsNotAnObject() {
        assertThat(problemsOf("[]")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.WRONG_TYPE);
            assertThat(problem.args()).containsExactly("object");
        });
    }

    @Test
    void rejectsUnknownFieldSuggestingTheNearestName() {
        ObjectNode tree = valid();
        tree.set("rol", tree.remove("roles"));

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field, ProfileProblem::code)
                .containsExactly(tuple("rol", Code.UNKNOWN_FIELD_DID_YOU_MEAN),
                        tuple("roles", Code.MISSING));
        assertThat(problemsOf(tree).getFirst().args().getFirst()).isEqualTo("roles");
    }

    @Test
    void rejectsUnknownFieldFarFromAnyName() {
        ObjectNode tree = valid();
        tree.put("colour", "blue");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.UNKNOWN_FIELD);
            assertThat(problem.args().getFirst()).contains("schemaVersion", "roles", "adminPin");
        });
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        ObjectNode tree = valid();
        tree.put("deviceId", "-bad");
        tree.withObject("/site").put("dongCode", "1114000000");
        tree.putArray("locales").add("en");
        tree.put("dataDir", "relative/dir");
        tree.remove("peripherals");

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field)
                .containsExactly("deviceId", "site.dongCode", "locales[0]", "dataDir", "peripherals");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "111405500,     DONG_CODE_FORMAT",
        "11140550000,   DONG_CODE_FORMAT",
        "11140S5000,    DONG_CODE_FORMAT",
        "１１１４０５５０００, DONG_CODE_FORMAT",
        "'',            DONG_CODE_FORMAT",
        "9914055000,    DONG_CODE_UNKNOWN_PROVINCE",
        "1014055000,    DONG_CODE_UNKNOWN_PROVINCE",
        "1114000000,    DONG_CODE_GU_LEVEL",
        "1100000000,    DONG_CODE_GU_LEVEL",
        "4182025021,    DONG_CODE_NOT_DONG_LEVEL"
    })
    void rejectsBadDongCodes(String code, Code expected) {
        ObjectNode tree = valid();
        tree.withObject("/site").put("dongCode", code);

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("site.dongCode");
            assertThat(problem.value()).isEqualTo(code);
            assertThat(problem.code()).isEqualTo(expected);
            assertThat(problem.args()).contains("1114055000");
        });
    }

    @Test
    void rejectsDongCodeWithUnknownProvinceListingTheKnownOnes() {
        ObjectNode tree = valid();
        tree.withObject("/site").put("dongCode", "9914055000");

        assertThat(problemsOf(tree).getFirst().args()).startsWith("99").anySatisfy(arg -> assertThat(arg).contains("11, 26"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1114055000", "2611051000", "3611031000", "4111156000", "5011025000", "5113025000", "5211151000"})
    void acceptsDongCodesOfEveryKindOfProvince(String code) throws Exception {
        ObjectNode tree = valid();
        tree.withObject("/site").put("dongCode", code);

        assertThat(DeviceProfiles.fromTree(tree).site().dongCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlankDongName(String name) {
        ObjectNode tree = valid();
        tree.withObject("/site").put("dongName", name);

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(Code.BLANK);
    }

    @Test
    void rejectsDongNameLongerThanFortyCharacters() {
        ObjectNode tree = valid();
        tree.withObject("/site").put("dongName", "명".repeat(41));

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.TOO_LONG);
            assertThat(problem.args()).containsExactly("40", "41");
        });
    }

    @Test
    void rejectsUnknownRoleNamingTheAllowedValues() {
        ObjectNode tree = valid();
        tree.putArray("roles").add("checkin").add("admin");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("roles[1]");
            assertThat(problem.value()).isEqualTo("admin");
            assertThat(problem.code()).isEqualTo(Code.NOT_ONE_OF);
            assertThat(problem.args()).containsExactly("checkin, vote, survey");
        });
    }

    @Test
    void rejectsDuplicateRole() {
        ObjectNode tree = valid();
        tree.putArray("roles").add("vote").add("vote");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("roles[1]");
            assertThat(problem.code()).isEqualTo(Code.DUPLICATE);
        });
    }

    @Test
    void rejectsEmptyRoles() {
        ObjectNode tree = valid();
        tree.putArray("roles");

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(Code.EMPTY_LIST);
    }

    @Test
    void rejectsLocalesNotStartingWithKorean() {
        ObjectNode tree = valid();
        tree.putArray("locales").add("en").add("ko");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("locales[0]");
            assertThat(problem.value()).isEqualTo("en");
            assertThat(problem.code()).isEqualTo(Code.LOCALES_NOT_KOREAN_FIRST);
        });
    }

    @ParameterizedTest
    @CsvSource({"ja, NOT_ONE_OF", "KO, NOT_ONE_OF", "ko, DUPLICATE"})
    void rejectsUnknownOrRepeatedLocale(String second, Code expected) {
        ObjectNode tree = valid();
        tree.putArray("locales").add("ko").add(second);

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://central.example.go.kr/madang/,   CENTRAL_URL_HTTP_NOT_LOOPBACK",
        "http://localhost.example.com/,          CENTRAL_URL_HTTP_NOT_LOOPBACK",
        "http://10.0.0.1:8080/,                  CENTRAL_URL_HTTP_NOT_LOOPBACK",
        "http://128.0.0.1/,                      CENTRAL_URL_HTTP_NOT_LOOPBACK",
        "ftp://central.example.go.kr/,           CENTRAL_URL_SCHEME",
        "central.example.go.kr/madang,           CENTRAL_URL_SCHEME",
        "https://,                               CENTRAL_URL_MALFORMED",
        "https:///madang,                        CENTRAL_URL_NO_HOST",
        "https://user:secret@central.example/,   CENTRAL_URL_CREDENTIALS",
        "https://central.example/?token=1,       CENTRAL_URL_QUERY",
        "https://central example/,               CENTRAL_URL_MALFORMED"
    })
    void rejectsUnsafeOrBrokenCentralUrls(String url, Code expected) {
        ObjectNode tree = valid();
        tree.put("centralUrl", url);

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("centralUrl");
            assertThat(problem.code()).isEqualTo(expected);
            assertThat(problem.value()).doesNotContain("secret");
        });
    }

    @Test
    void rejectsHttpCentralUrlToNonLoopbackHostSuggestingHttps() {
        ObjectNode tree = valid();
        tree.put("centralUrl", "http://central.example.go.kr/madang/");

        assertThat(problemsOf(tree).getFirst().args())
                .containsExactly("central.example.go.kr", "https://central.example.go.kr/madang/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/madang/", "http://127.0.0.1/", "http://127.255.3.4:9000/",
        "http://[::1]:8080/", "HTTP://LOCALHOST/", "https://central.example.go.kr/madang/"})
    void acceptsHttpsAndLoopbackHttp(String url) throws Exception {
        ObjectNode tree = valid();
        tree.put("centralUrl", url);

        assertThat(DeviceProfiles.fromTree(tree).centralUrl()).isNotNull();
    }

    @Test
    void acceptsAnEmptyKeyListBeforeEnrolment() throws Exception {
        ObjectNode tree = valid();
        tree.putArray("trustedCentralKeys");

        assertThat(DeviceProfiles.fromTree(tree).trustedCentralKeys()).isEmpty();
    }

    @Test
    void rejectsTrustedKeyWithItsPrivatePartWithoutEchoingIt() {
        ObjectNode tree = valid();
        ((ObjectNode) tree.get("trustedCentralKeys").get(0)).put("d", "c2VjcmV0LXNlZWQ");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("trustedCentralKeys[0].d");
            assertThat(problem.code()).isEqualTo(Code.KEY_PRIVATE_PART);
            assertThat(problem.value()).doesNotContain("c2VjcmV0");
        });
    }

    @Test
    void rejectsDuplicateKidsAndBadKeys() {
        ObjectNode tree = valid();
        ObjectNode second = tree.withArray("/trustedCentralKeys").addObject();
        second.put("kty", "RSA").put("crv", "Ed25519").put("kid", "central-2026").put("x", "not-a-key");

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field, ProfileProblem::code).containsExactly(
                tuple("trustedCentralKeys[1].kty", Code.NOT_ONE_OF),
                tuple("trustedCentralKeys[1].kid", Code.DUPLICATE),
                tuple("trustedCentralKeys[1].x", Code.KEY_X_INVALID));
    }

    @Test
    void rejectsRelativeDataDir() {
        ObjectNode tree = valid();
        tree.put("dataDir", "var/lib/madang");

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(Code.NOT_ABSOLUTE_PATH);
    }

    @Test
    void rejectsUnknownPeripheralProviderNamingTheKnownOnes() {
        ObjectNode tree = valid();
        tree.putObject("peripherals").put("provider", "usb").putObject("pins");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("peripherals.provider");
            assertThat(problem.args()).containsExactly("none, mock, gpio");
        });
    }

    @Test
    void rejectsUnsupportedSchemaVersion() {
        ObjectNode tree = valid();
        tree.put("schemaVersion", 2);

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(Code.UNSUPPORTED_SCHEMA_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"258014\"", "258014"})
    void rejectsPlainAdminPinWithoutEchoingIt(String pinJson) throws Exception {
        ObjectNode tree = valid();
        tree.set("adminPin", ProfileJson.MAPPER.readTree(pinJson));

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.ADMIN_PIN_PLAIN);
            assertThat(problem.value()).doesNotContain("258014");
        });
    }

    @Test
    void rejectsAdminPinWithTooFewIterations() {
        ObjectNode tree = valid();
        tree.putObject("adminPin").put("algorithm", "PBKDF2WithHmacSHA256").put("iterations", 99_999)
                .put("salt", "AAAAAAAAAAAAAAAAAAAAAA==").put("hash", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("adminPin.iterations");
            assertThat(problem.code()).isEqualTo(Code.ADMIN_PIN_ITERATIONS);
            assertThat(problem.args()).containsExactly("100000", "10000000", "600000");
        });
    }

    @Test
    void rejectsAdminPinWithShortSaltOrHashWithoutEchoingThem() {
        ObjectNode tree = valid();
        tree.putObject("adminPin").put("algorithm", "MD5").put("iterations", AdminPinHash.DEFAULT_ITERATIONS)
                .put("salt", "c2hvcnQ=").put("hash", "!!!");

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field, ProfileProblem::code, ProfileProblem::value)
                .containsExactly(
                        tuple("adminPin.algorithm", Code.NOT_ONE_OF, "MD5"),
                        tuple("adminPin.salt", Code.ADMIN_PIN_SALT, "***"),
                        tuple("adminPin.hash", Code.ADMIN_PIN_HASH, "***"));
    }

    @ParameterizedTest
    @CsvSource({"ab, DEVICE_ID_FORMAT", "-abc, DEVICE_ID_FORMAT", "Gwangsan-01, DEVICE_ID_FORMAT",
        "gwangsan_01, DEVICE_ID_FORMAT"})
    void rejectsBadDeviceIds(String id, Code expected) {
        ObjectNode tree = valid();
        tree.put("deviceId", id);

        assertThat(problemsOf(tree)).singleElement().extracting(ProfileProblem::code).isEqualTo(expected);
    }

    @Test
    void rejectsWrongTypesNamingTheExpectedOne() {
        ObjectNode tree = valid();
        tree.put("schemaVersion", "1");
        tree.put("roles", "checkin");

        assertThat(problemsOf(tree)).extracting(problem -> problem.field() + ":" + problem.args())
                .containsExactly("schemaVersion:[integer]", "roles:[array]");
    }
}
