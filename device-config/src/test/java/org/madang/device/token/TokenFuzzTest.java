package org.madang.device.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.device.token.TokenFixture.NOW;
import static org.madang.device.token.TokenFixture.b64;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Feeds the verifier mutated and random tokens: every one must get an answer, none may throw, and
 * none but an unchanged original may be accepted. The seed is printed; rerun one with
 * {@code -Dmadang.fuzz.seed=N}.
 */
class TokenFuzzTest {

    private static final int ROUNDS = 100_000;
    private static final String[] HEADER_NAMES = {"alg", "kid", "typ", "crit", "b64", "jku", "x5u", "cty", "zip"};
    private static final String[] CLAIM_NAMES = {"sub", "dong", "by", "iat", "exp", "nbf", "poll", "serial", "name"};

    private final TokenFixture fixture = new TokenFixture();

    @Test
    void everyMutatedTokenGetsAnAnswerAndNoForgeryIsAccepted() {
        long seed = Long.getLong("madang.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> originals = List.of(fixture.member(), fixture.voucher(), fixture.staff(),
                fixture.issuer.member("m-2", "1114055000", 2001, NOW.minus(Duration.ofDays(3)), NOW.minusSeconds(5)));
        Set<String> valid = Set.copyOf(originals);
        Map<TokenRejection, Integer> reasons = new EnumMap<>(TokenRejection.class);
        int accepted = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            int kind = random.nextInt(6);
            String input = switch (kind) {
                case 0 -> flipBits(originals.get(random.nextInt(originals.size())), random);
                case 1 -> truncate(originals.get(random.nextInt(originals.size())), random);
                case 2 -> swapParts(originals, random);
                case 3 -> randomJson(random) + "." + randomJson(random) + "." + originals.getFirst().split("\\.")[2];
                case 4 -> fixture.signedRaw(randomObject(random, HEADER_NAMES), randomObject(random, CLAIM_NAMES));
                default -> randomText(random);
            };
            TokenType expected = TokenType.values()[random.nextInt(TokenType.values().length)];
            TokenCheck check;
            try {
                check = fixture.verifier.verify(input, expected);
            } catch (Throwable e) {
                throw new AssertionError("seed " + seed + ", round " + round + ": threw on input " + input, e);
            }
            assertThat(check).as("seed %d, round %d", seed, round).isNotNull();
            if (check instanceof TokenCheck.Rejected rejected) {
                reasons.merge(rejected.reason(), 1, Integer::sum);
            } else {
                accepted++;
                if (kind <= 3) {
                    assertThat(valid).as("seed %d, round %d: a mutation was accepted: %s", seed, round, input)
                            .contains(input);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("token fuzz: seed %d, %d checks in %.2f s = %.0f checks/s; accepted %d, rejected %s%n", seed,
                ROUNDS, seconds, ROUNDS / seconds, accepted, reasons);
        assertThat(reasons.keySet()).as("seed %d", seed).contains(TokenRejection.MALFORMED,
                TokenRejection.SIGNATURE_INVALID, TokenRejection.WRONG_TYPE);
    }

    @Test
    void measuresTheCostOfAcceptingAValidToken() {
        String token = fixture.member();
        for (int i = 0; i < 2_000; i++) {
            fixture.verifier.verify(token, TokenType.MEMBER);
        }
        int checks = 5_000;
        long started = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            assertThat(fixture.verifier.verify(token, TokenType.MEMBER)).isInstanceOf(TokenCheck.Accepted.class);
        }
        double micros = (System.nanoTime() - started) / 1e3 / checks;
        System.out.printf("valid member token: %.1f µs a check (%.0f checks/s), %d characters%n", micros, 1e6 / micros,
                token.length());
    }

    private static String flipBits(String token, Random random) {
        char[] chars = token.toCharArray();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
            int at = random.nextInt(chars.length);
            chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
        }
        return new String(chars);
    }

    private static String truncate(String token, Random random) {
        int from = random.nextInt(4) == 0 ? random.nextInt(token.length()) : 0;
        return token.substring(from, from + random.nextInt(token.length() - from));
    }

    private static String swapParts(List<String> originals, Random random) {
        String[] parts = new String[3];
        for (int i = 0; i < 3; i++) {
            String[] source = originals.get(random.nextInt(originals.size())).split("\\.");
            parts[i] = source[random.nextInt(3)];
        }
        return String.join(".", parts);
    }

    private static String randomJson(Random random) {
        return b64(random.nextBoolean() ? randomObject(random, CLAIM_NAMES) : randomValue(random, 0));
    }

    private static String randomObject(Random random, String[] names) {
        List<String> members = new ArrayList<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            String name = random.nextInt(8) == 0 ? randomText(random).replace("\"", "") : names[random.nextInt(names.length)];
            String value = switch (name) {
                case "alg" -> random.nextInt(3) == 0 ? "\"EdDSA\"" : randomValue(random, 0);
                case "kid" -> random.nextInt(3) == 0 ? "\"" + TokenFixture.KID + "\"" : randomValue(random, 0);
                case "typ" -> "\"" + TokenType.values()[random.nextInt(3)].headerType() + "\"";
                case "iat", "exp", "nbf" -> String.valueOf(NOW.getEpochSecond() + random.nextInt(200_000) - 100_000);
                default -> randomValue(random, 0);
            };
            members.add("\"" + name + "\":" + value);
        }
        return "{" + String.join(",", members) + "}";
    }

    private static String randomValue(Random random, int depth) {
        return switch (depth > 3 ? random.nextInt(5) : random.nextInt(7)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> String.valueOf(random.nextDouble() * 1e12);
            case 2 -> "\"" + randomText(random).replace("\\", "").replace("\"", "") + "\"";
            case 3 -> random.nextBoolean() ? "true" : "null";
            case 4 -> "\"1114055000\"";
            case 5 -> "[" + randomValue(random, depth + 1) + "," + randomValue(random, depth + 1) + "]";
            default -> "{\"k\":" + randomValue(random, depth + 1) + "}";
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) (0x20 + random.nextInt(95));
                case 1 -> '.';
                case 2 -> (char) (0xAC00 + random.nextInt(11_172));
                default -> (char) random.nextInt(0x10000);
            });
        }
        return text.toString();
    }
}
