package cn.ipcity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IpcityApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "generate".equals(args[0])) {
            // the generator needs neither the database nor the web server: it runs before Spring starts
            System.exit(cn.ipcity.generator.GeneratorCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(IpcityApplication.class, args);
    }
}
