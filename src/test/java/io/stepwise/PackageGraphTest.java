package io.stepwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, read from the sources: which package names which. A name
 * counts when it is imported or written out in full outside a comment.
 */
class PackageGraphTest {
    static final Path SOURCES = Path.of("src/main/java");
    static final String BASE = "io.stepwise";
    /** The foundations: java.* only, and for some the one number reader. */
    static final Map<String, Set<String>> FOUNDATIONS = Map.of(
            "io.stepwise.engine", Set.of(),
            "io.stepwise.input", Set.of(),
            "io.stepwise.chart", Set.of("io.stepwise.input"),
            "io.stepwise.formula", Set.of("io.stepwise.input"),
            "io.stepwise.lesson", Set.of("io.stepwise.input"));
    /** Outside the lessons themselves, only the registry and what routes from it name a lesson. */
    static final Set<String> NAMES_LESSONS = Set.of("io.stepwise.web.lesson");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(io\\.stepwise(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

    /** Package to the packages it names, java.* and the rest outside io.stepwise included. */
    static Map<String, Set<String>> graph;

    @BeforeAll
    static void read() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher p = PACKAGE.matcher(text);
                assertTrue(p.find(), f + " declares no package");
                Set<String> uses = graph.computeIfAbsent(p.group(1), k -> new TreeSet<>());
                Matcher i = IMPORT.matcher(text);
                while (i.find()) uses.add(packageOf(i.group(1)));
                String code = STRING.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll("\"\"");
                Matcher q = QUALIFIED.matcher(code.replaceAll("(?m)^(package|import)\\s.*$", ""));
                while (q.find()) uses.add(q.group(1));
            }
        }
        for (var e : graph.entrySet()) e.getValue().remove(e.getKey());
    }

    /** The package part of an imported name: the segments before the first capitalised one. */
    static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String s : name.split("\\.")) {
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) break;
            parts.add(s);
        }
        return String.join(".", parts);
    }

    @Test
    void sources_are_found() {
        assertTrue(graph.containsKey("io.stepwise.engine") && graph.containsKey("io.stepwise.web.lesson"), graph.keySet().toString());
    }

    @Test
    void no_package_cycles() {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) findCycle(start, new ArrayList<>(), done, cycles);
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void foundations_import_only_java() {
        List<String> wrong = new ArrayList<>();
        FOUNDATIONS.forEach((pkg, allowed) -> {
            for (String u : graph.getOrDefault(pkg, Set.of())) {
                if (!u.startsWith("java.") && !allowed.contains(u)) wrong.add(pkg + " -> " + u);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void only_the_registry_names_the_lessons() {
        List<String> wrong = new ArrayList<>();
        graph.forEach((pkg, uses) -> {
            if (isLesson(pkg) || NAMES_LESSONS.contains(pkg)) return;
            for (String u : uses) if (isLesson(u)) wrong.add(pkg + " -> " + u);
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void a_cycle_is_found_when_there_is_one() {
        Map<String, Set<String>> saved = graph;
        graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        try {
            List<String> cycles = new ArrayList<>();
            findCycle("a", new ArrayList<>(), new TreeSet<>(), cycles);
            assertEquals(List.of("a -> b -> c -> a"), cycles);
        } finally {
            graph = saved;
        }
    }

    private static boolean isLesson(String pkg) { return pkg.startsWith(BASE + ".lessons."); }

    /** Depth first; a package met again on the current path closes a cycle. */
    private static void findCycle(String pkg, List<String> path, Set<String> done, List<String> cycles) {
        int at = path.indexOf(pkg);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(pkg);
            cycles.add(String.join(" -> ", cycle));
            return;
        }
        if (done.contains(pkg) || !graph.containsKey(pkg)) return;
        path.add(pkg);
        for (String next : graph.get(pkg)) findCycle(next, path, done, cycles);
        path.remove(path.size() - 1);
        done.add(pkg);
    }
}
