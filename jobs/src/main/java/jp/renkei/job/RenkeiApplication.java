package jp.renkei.job;

import jp.renkei.config.RenkeiProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring context of a load: started by the CLI only for commands that need it. It lives with the wiring it starts;
 * its configuration classes are found in every renkei package.
 */
@SpringBootApplication(scanBasePackages = "jp.renkei")
@EnableConfigurationProperties(RenkeiProperties.class)
public class RenkeiApplication {
}
