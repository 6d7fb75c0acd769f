package cn.ipcity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.ipcity");

    @Test
    void controllersLiveInWebPackagesAndStayPackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .andShould()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void onlyTheDatabaseModuleKnowsTheEmbeddedServer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.ipcity.database..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.zonky..")
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackages("cn.ipcity..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.ipcity..web..")
                .check(CLASSES);
    }
}
