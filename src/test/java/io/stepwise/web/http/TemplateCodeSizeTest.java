package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method of more than 8,000 bytes of bytecode: a template whose render
 * method grows past that runs in the interpreter for the life of the server, several times slower
 * (the playground's setup form did, until it was split). A long template is split into parts, as
 * playgroundSetup.jte is.
 */
class TemplateCodeSizeTest {
    /** HotSpot's HugeMethodLimit. */
    private static final int HUGE_METHOD = 8_000;

    @Test
    void every_template_renders_in_compiled_code() throws IOException, URISyntaxException {
        Map<String, Integer> sizes = renderSizes();
        assertTrue(sizes.size() >= 30, "templates found: " + sizes.keySet());
        List<String> huge = new ArrayList<>();
        sizes.forEach((template, size) -> {
            if (size > HUGE_METHOD) huge.add(template + " (" + size + " bytes)");
        });
        assertEquals(List.of(), huge, "render methods HotSpot will not compile; split these templates");
    }

    /** Each generated template class to the bytecode length of its render method. */
    private static Map<String, Integer> renderSizes() throws IOException, URISyntaxException {
        URL root = TemplateCodeSizeTest.class.getClassLoader().getResource("gg/jte/generated/precompiled");
        assertTrue(root != null && root.getProtocol().equals("file"), "the generated templates are compiled classes here: " + root);
        Map<String, Integer> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("Jte.*Generated\\.class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    sizes.put(file.getFileName().toString(), codeLength(new DataInputStream(in), "render"));
                }
            }
        }
        return sizes;
    }

    /** The code length of the named method in a class file (the longest, if overloaded), read as the JVM specification lays it out. */
    static int codeLength(DataInputStream in, String method) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // takes two entries
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        for (int f = in.readUnsignedShort(); f > 0; f--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        int longest = -1;
        for (int m = in.readUnsignedShort(); m > 0; m--) {
            in.readUnsignedShort(); // access flags
            String name = utf8[in.readUnsignedShort()];
            in.readUnsignedShort(); // descriptor
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code") && name.equals(method)) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    longest = Math.max(longest, code);
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return longest;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.readUnsignedShort();
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
