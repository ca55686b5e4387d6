package org.gdl4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package dependencies point one way, from mathematics to models:
 * {@code group → rep → grid → nn → check → {planar, sphere, healpix, lattice} → {ntk, flow} → ensemble
 * → counterfactual}; {@code ensemble} is a layer of its own because its infinite-ensemble limit is built on
 * the kernels of {@code ntk}. {@code progress} is a leaf everyone may use; {@code data} and {@code notebook}
 * sit at the edges and no library package imports them. A needed edge between siblings is written here.
 */
class PackageDirectionTest {

    private static final List<List<String>> LAYERS = List.of(
            List.of("progress"),
            List.of("group"),
            List.of("rep"),
            List.of("grid"),
            List.of("nn"),
            List.of("check"),
            List.of("planar", "sphere", "healpix", "lattice"),
            List.of("ntk", "flow"),
            List.of("ensemble"),
            List.of("counterfactual"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gdl4j");
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> "org.gdl4j." + name + "..").toArray(String[]::new);
    }

    @Test
    void everyLayerDependsOnlyOnEarlierLayers() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> later = new ArrayList<>();
            LAYERS.subList(i + 1, LAYERS.size()).forEach(later::addAll);
            later.addAll(List.of("data", "notebook"));
            noClasses().that().resideInAnyPackage(packages(LAYERS.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(later))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void siblingsStayIndependent() {
        for (List<String> siblings : LAYERS) {
            for (String name : siblings) {
                List<String> others = new ArrayList<>(siblings);
                others.remove(name);
                if (others.isEmpty()) {
                    continue;
                }
                noClasses().that().resideInAPackage("org.gdl4j." + name + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(packages(others))
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void dataIsImportedOnlyByTheNotebookEdge() {
        noClasses().that().resideOutsideOfPackages(packages(Arrays.asList("data", "notebook")))
                .should().dependOnClassesThat().resideInAPackage("org.gdl4j.data..")
                .check(classes);
    }

    @Test
    void notebookIsImportedByNoLibraryPackage() {
        noClasses().that().resideOutsideOfPackage("org.gdl4j.notebook..")
                .should().dependOnClassesThat().resideInAPackage("org.gdl4j.notebook..")
                .check(classes);
    }
}
