package org.evofit.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules for packages: no cycles between them, and each one documented. */
class ArchitectureTest {

    private static final List<String> MODULES = List.of("core", "wrapper", "looper", "dispatch", "report", "server", "cli");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.evofit");
        assertThat(main.size()).as("classes found").isGreaterThan(300);

        slices().matching("org.evofit.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void everyPackageHasItsPackageInfo() throws IOException {
        for (String module : MODULES) {
            Path sources = Cli.root().resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                List<Path> packages = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent)
                        .distinct().toList();
                assertThat(packages).as(module).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.resolve("package-info.java")).as(sources.relativize(p).toString())
                                .isRegularFile());
            }
        }
    }
}
