package cn.ipcity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IpcityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IpcityApplication.class, args);
    }
}
