package jp.renkei;

import jp.renkei.config.RenkeiProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring context of a load: started by the CLI only for commands that need it. */
@SpringBootApplication
@EnableConfigurationProperties(RenkeiProperties.class)
public class RenkeiApplication {
}
