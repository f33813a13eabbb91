package org.madang.device.cli;

import java.util.Locale;
import org.madang.device.profile.ProfileName;
import org.madang.device.profile.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What every subcommand has: the {@code --lang ko|en} option and the process environment of the
 * root command. Errors are always in both languages whatever {@code --lang} says.
 */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--lang", paramLabel = "ko|en", descriptionKey = "lang", converter = LanguageConverter.class)
    private Language language;

    Environment environment() {
        return ((DeviceConfigCommand) command.root().userObject()).environment();
    }

    /** The words of normal output: the chosen language, else the environment's. */
    Messages messages() {
        return Messages.of(language != null ? language : Language.fromEnvironment(environment().variables()));
    }

    /** Converts "ko" and "en"; anything else is a usage error naming both. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return ProfileName.find(Language.class, value.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not ko or en"));
        }
    }
}
