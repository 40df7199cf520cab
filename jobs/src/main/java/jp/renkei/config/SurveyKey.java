package jp.renkei.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key respondent ids are pseudonymised with. It never lives in the repository: it comes from
 * configuration ({@code RENKEI_SURVEY_KEY}), or is made at random once and kept beside the working database
 * (readable by its owner only), so that the same respondent gets the same pseudonym night after night.
 */
public final class SurveyKey {

    private SurveyKey() {
    }

    public static byte[] resolve(RenkeiProperties properties) {
        if (!properties.surveyKey().isBlank()) {
            byte[] key = properties.surveyKey().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("renkei.survey-key has " + key.length
                        + " bytes; expected at least 32 (e.g. the output of `openssl rand -hex 32`)");
            }
            return key;
        }
        Path file = properties.output().resolve("work").resolve("survey-hmac.key");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(random));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the survey key " + file, e);
        }
    }
}
