package org.madang.device.profile;

import org.madang.device.validation.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.madang.device.pin.AdminPinHash;

/**
 * Turns a profile's JSON tree into a {@link DeviceProfile}, walking every field even after a
 * problem so that all problems are reported together. Rules produce codes and arguments only.
 */
final class ProfileValidator {

    static final List<String> FIELDS = List.of("schemaVersion", "deviceId", "site", "roles", "locales", "centralUrl",
            "trustedCentralKeys", "dataDir", "peripherals", "adminPin", "audio");

    static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");
    static final int MAX_DONG_NAME_LENGTH = 40;

    private final ProblemList problems = new ProblemList();

    private ProfileValidator() {
    }

    static DeviceProfile validate(JsonNode root) throws ProfileException {
        return new ProfileValidator().profile(root);
    }

    private DeviceProfile profile(JsonNode root) throws ProfileException {
        if (root == null || !root.isObject()) {
            problems.add("$", root, ProfileProblem.Code.WRONG_TYPE, "object");
            throw problems.toException();
        }
        JsonFields fields = new JsonFields(root, "", problems);
        fields.rejectUnknown(FIELDS);
        OptionalInt schemaVersion = fields.integer("schemaVersion", String.valueOf(DeviceProfiles.SCHEMA_VERSION));
        if (schemaVersion.isPresent() && schemaVersion.getAsInt() != DeviceProfiles.SCHEMA_VERSION) {
            problems.add("schemaVersion", String.valueOf(schemaVersion.getAsInt()),
                    ProfileProblem.Code.UNSUPPORTED_SCHEMA_VERSION, DeviceProfiles.SCHEMA_VERSION);
        }
        Optional<String> deviceId = fields.text("deviceId", "gwangsan-wolgok1-01")
                .filter(id -> matches(DEVICE_ID, "deviceId", id, ProfileProblem.Code.DEVICE_ID_FORMAT,
                        DEVICE_ID.pattern(), "gwangsan-wolgok1-01"));
        Optional<Site> site = fields.object("site", "{\"dongCode\":\"" + DongCode.EXAMPLE + "\",\"dongName\":\"명동\"}")
                .flatMap(this::site);
        List<Role> roles = distinctList(fields, "roles", ProfileName.all(Role.class), name -> ProfileName.find(Role.class, name));
        List<Language> locales = distinctList(fields, "locales", ProfileName.all(Language.class), tag -> ProfileName.find(Language.class, tag));
        if (!locales.isEmpty() && locales.getFirst() != Language.KO) {
            problems.add("locales[0]", locales.getFirst().tag(), ProfileProblem.Code.LOCALES_NOT_KOREAN_FIRST);
        }
        Optional<URI> centralUrl = fields.text("centralUrl", CentralUrlRule.EXAMPLE)
                .flatMap(url -> CentralUrlRule.check("centralUrl", url, problems));
        List<TrustedKey> keys = fields.array("trustedCentralKeys", "[" + TrustedKeysRule.EXAMPLE + "]")
                .map(array -> TrustedKeysRule.check("trustedCentralKeys", array, problems))
                .orElse(List.of());
        Optional<Path> dataDir = fields.text("dataDir", "/var/lib/madang").flatMap(this::dataDir);
        Optional<Peripherals> peripherals = fields.object("peripherals", "{\"provider\":\"none\"}")
                .flatMap(this::peripherals);
        Optional<AdminPinHash> adminPin = fields.hasValue("adminPin")
                ? AdminPinRule.check("adminPin", fields.raw("adminPin"), problems)
                : Optional.empty();
        // Off unless asked for: a kiosk in a quiet office must not start speaking after an update.
        Optional<Boolean> audio = fields.bool("audio", false);
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        return new DeviceProfile(schemaVersion.getAsInt(), deviceId.orElseThrow(), site.orElseThrow(), roles, locales,
                centralUrl.orElseThrow(), keys, dataDir.orElseThrow(), peripherals.orElseThrow(), adminPin,
                audio.orElseThrow());
    }

    private Optional<Site> site(JsonNode node) {
        JsonFields site = new JsonFields(node, "site", problems);
        site.rejectUnknown(List.of("dongCode", "dongName"));
        Optional<String> code = site.text("dongCode", DongCode.EXAMPLE);
        int before = problems.size();
        code.ifPresent(c -> DongCodeRule.check("site.dongCode", c, problems));
        Optional<String> name = site.text("dongName", "명동").filter(n -> {
            if (n.isBlank()) {
                problems.add("site.dongName", n, ProfileProblem.Code.BLANK);
                return false;
            }
            if (n.length() > MAX_DONG_NAME_LENGTH) {
                problems.add("site.dongName", n, ProfileProblem.Code.TOO_LONG, MAX_DONG_NAME_LENGTH, n.length());
                return false;
            }
            return true;
        });
        if (problems.size() != before || code.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Site(code.get(), name.get().strip()));
    }

    /** A non-empty list of distinct strings, each from a fixed set. */
    private <T> List<T> distinctList(JsonFields fields, String name, List<String> allowed,
            Function<String, Optional<T>> parse) {
        String allowedText = String.join(", ", allowed);
        Optional<JsonNode> array = fields.array(name, "[\"" + String.join("\", \"", allowed) + "\"]");
        if (array.isEmpty()) {
            return List.of();
        }
        if (array.get().isEmpty()) {
            problems.add(name, array.get(), ProfileProblem.Code.EMPTY_LIST, allowedText);
            return List.of();
        }
        List<T> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.get().size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode element = array.get().get(i);
            if (!element.isTextual()) {
                problems.add(path, element, ProfileProblem.Code.WRONG_TYPE, "string");
                continue;
            }
            Optional<T> value = parse.apply(element.textValue());
            if (value.isEmpty()) {
                problems.add(path, element, ProfileProblem.Code.NOT_ONE_OF, allowedText);
            } else if (!seen.add(element.textValue())) {
                problems.add(path, element, ProfileProblem.Code.DUPLICATE);
            } else {
                values.add(value.get());
            }
        }
        return values;
    }

    private Optional<Path> dataDir(String text) {
        try {
            Path path = Path.of(text);
            if (path.isAbsolute()) {
                return Optional.of(path.normalize());
            }
        } catch (InvalidPathException e) {
            // Reported below like any other unusable path.
        }
        problems.add("dataDir", text, ProfileProblem.Code.NOT_ABSOLUTE_PATH, "/var/lib/madang");
        return Optional.empty();
    }

    private Optional<Peripherals> peripherals(JsonNode node) {
        JsonFields peripherals = new JsonFields(node, "peripherals", problems);
        peripherals.rejectUnknown(List.of("provider", "pins"));
        Optional<PeripheralProvider> provider = peripherals.text("provider", "none").flatMap(name -> {
            Optional<PeripheralProvider> found = ProfileName.find(PeripheralProvider.class, name);
            if (found.isEmpty()) {
                problems.add("peripherals.provider", name, ProfileProblem.Code.NOT_ONE_OF,
                        String.join(", ", ProfileName.all(PeripheralProvider.class)));
            }
            return found;
        });
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        boolean hasPins = peripherals.hasValue("pins");
        if (!provider.get().usesPins()) {
            if (hasPins) {
                problems.add("peripherals.pins", peripherals.raw("pins"), ProfileProblem.Code.PINS_NOT_ALLOWED,
                        provider.get().profileName());
                return Optional.empty();
            }
            return Optional.of(Peripherals.none());
        }
        return peripherals.object("pins", PIN_EXAMPLE).flatMap(this::pins)
                .map(pins -> Peripherals.onPins(provider.get(), pins));
    }

    static final String PIN_EXAMPLE =
            "{\"ledGreen\":17,\"ledAmber\":27,\"ledRed\":22,\"buzzer\":18,\"callButton\":23}";
    private static final List<String> PIN_FIELDS = List.of("ledGreen", "ledAmber", "ledRed", "buzzer", "callButton");

    private Optional<PinMap> pins(JsonNode node) {
        JsonFields pins = new JsonFields(node, "peripherals.pins", problems);
        pins.rejectUnknown(PIN_FIELDS);
        int before = problems.size();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, String> owners = new HashMap<>();
        for (String name : PIN_FIELDS) {
            boolean optional = name.equals("callButton");
            if (optional && !pins.hasValue(name)) {
                continue;
            }
            OptionalInt pin = pins.integer(name, "17");
            if (pin.isEmpty()) {
                continue;
            }
            int number = pin.getAsInt();
            String path = "peripherals.pins." + name;
            if (number < PinMap.MIN_PIN || number > PinMap.MAX_PIN) {
                problems.add(path, String.valueOf(number), ProfileProblem.Code.PIN_OUT_OF_RANGE, PinMap.MIN_PIN,
                        PinMap.MAX_PIN);
                continue;
            }
            String other = owners.putIfAbsent(number, name);
            if (other != null) {
                problems.add(path, String.valueOf(number), ProfileProblem.Code.PIN_REUSED, "peripherals.pins." + other);
                continue;
            }
            numbers.put(name, number);
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        Integer button = numbers.get("callButton");
        return Optional.of(new PinMap(numbers.get("ledGreen"), numbers.get("ledAmber"), numbers.get("ledRed"),
                numbers.get("buzzer"), button == null ? OptionalInt.empty() : OptionalInt.of(button)));
    }

    private boolean matches(Pattern pattern, String field, String value, ProfileProblem.Code code, Object... args) {
        if (!pattern.matcher(value).matches()) {
            problems.add(field, value, code, args);
            return false;
        }
        return true;
    }
}
