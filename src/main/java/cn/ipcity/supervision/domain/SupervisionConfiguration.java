package cn.ipcity.supervision.domain;

import cn.ipcity.supervision.SupervisionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfiguration {}
