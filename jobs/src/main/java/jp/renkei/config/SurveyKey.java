package jp.renkei.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The key respondent ids are pseudonymised with. It never lives in the repository: it comes from
 * configuration ({@code RENKEI_SURVEY_KEY}), or is made at random once and kept beside the working database
 * (readable by its owner only), so that the same respondent gets the same pseudonym night after night.
 *
 * <p>A key file that went missing while the warehouse holds pseudonyms is not silently replaced (every pseudonym
 * would change): that needs {@code --new-survey-key}. A key file that others can read is refused.
 */
public final class SurveyKey {

    public static final String FILE = "survey-hmac.key";

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** A key that cannot be used: the operator's to fix, said in a message (no stack trace). */
    public static final class SurveyKeyException extends RuntimeException {
        public SurveyKeyException(String message) {
            super(message);
        }
    }

    private SurveyKey() {
    }

    /**
     * @param pseudonymsExist the warehouse holds respondents pseudonymised with the key this resolves
     */
    public static byte[] resolve(RenkeiProperties properties, boolean pseudonymsExist) {
        if (!properties.surveyKey().isBlank()) {
            byte[] key = properties.surveyKey().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new SurveyKeyException("renkei.survey-key has " + key.length
                        + " bytes; expected at least 32 (e.g. the output of `openssl rand -hex 32`)");
            }
            return key;
        }
        Path file = properties.output().resolve("work").resolve(FILE);
        try {
            if (!Files.exists(file)) {
                if (pseudonymsExist && !properties.newSurveyKey()) {
                    throw new SurveyKeyException("the survey key " + file + " is missing, but the warehouse holds respondents "
                            + "pseudonymised with it: a new key would change every pseudonym. Put the key file back (from a "
                            + "backup), or load with --new-survey-key to start new pseudonyms on purpose");
                }
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(random));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new SurveyKeyException("the survey key " + file + " can be read or changed by others ("
                        + PosixFilePermissions.toString(permissions) + "); expected it readable by its owner only: chmod 600 " + file);
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (UnsupportedOperationException noPosix) {
            throw new SurveyKeyException("cannot check who may read the survey key " + file + " on this file system");
        } catch (IOException e) {
            throw new SurveyKeyException("cannot read or make the survey key " + file + ": " + e.getMessage());
        }
    }
}
