package io.stepwise.web.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.stepwise.web.http.BadRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** Reads a JSON request body: at most 1 MB, JSON content type, strict syntax, no duplicate keys. */
public final class JsonBody {
    public static final int MAX_BYTES = 1_000_000;
    /** A refused body up to this size is read and dropped, so that the client gets the answer. */
    static final long MAX_DRAINED_BYTES = 8L * MAX_BYTES;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Doubles as the pages write them in full (ShortestDecimal): the same shortest text.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(400).maxStringLength(MAX_BYTES).build());
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private JsonBody() {}

    /** The request's JSON object, with nothing at its top level but the allowed fields. */
    static JsonNode read(Context ctx, Set<String> allowed) {
        JsonNode body = read(ctx);
        JsonFields.onlyKnown(body, "", allowed);
        return body;
    }

    private static JsonNode read(Context ctx) {
        // The body is read before any refusal: refusing with the body unread makes the server close
        // the connection while the client may still be sending, and the client can lose the answer.
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            if (ctx.contentLength() > MAX_BYTES) throw tooLarge(in, ctx.contentLength());
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw tooLarge(in, ctx.contentLength());
        } catch (IOException e) {
            throw new BadRequest("", "The request body could not be read.");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest("", "Send the body as JSON with the header Content-Type: application/json.");
        }
        if (bytes.length == 0) throw new BadRequest("", "The request body is empty; send a JSON object.");
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) throw new BadRequest("", "The request body must be a JSON object.");
            return node;
        } catch (JsonProcessingException e) {
            // Limits such as the nesting depth are reported without a location.
            JsonLocation at = e.getLocation();
            throw new BadRequest("", "The request body is not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
        } catch (IOException e) {
            throw new BadRequest("", "The request body could not be read.");
        }
    }

    /** Writes a JSON response; numbers keep full double precision. */
    /**
     * A number array of any depth (double[], double[][], …; null rows kept as null) as JSON: what
     * {@code MAPPER.valueToTree} gives, built directly instead of through a serialised buffer.
     */
    public static JsonNode numbers(Object array) {
        if (array == null) return NullNode.getInstance();
        ArrayNode out = MAPPER.createArrayNode();
        if (array instanceof double[] values) {
            for (double v : values) out.add(v);
        } else {
            for (Object row : (Object[]) array) out.add(numbers(row));
        }
        return out;
    }

    public static void send(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes &lt;, &gt;, &amp; and ' inside strings as JSON Unicode escapes (a backslash, then
     * u003C and so on). Error messages quote the input they refuse; escaped like this, a quoted
     * script stays inert even if a response is ever read as HTML. Parsers read the escapes back
     * as the same characters.
     */
    static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] codes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) codes[c] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() { return codes; }

        @Override
        public SerializableString getEscapeSequence(int ch) { return null; }
    }

    /** Drops the rest of a body over the limit (unless it is larger still) and says why it was refused. */
    /** The API's error shape: {"error": what is wrong, "field": where}. */
    public static void sendError(Context ctx, int status, String message, String field) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", message);
        body.put("field", field);
        ctx.status(status);
        send(ctx, body);
    }

    private static BadRequest tooLarge(InputStream in, long declaredLength) throws IOException {
        if (declaredLength <= MAX_DRAINED_BYTES) drain(in);
        return new BadRequest("", "The request body is larger than the limit of 1 MB.");
    }

    /** Reads and drops what is left of a body, up to {@link #MAX_DRAINED_BYTES}. */
    static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16_384];
        long left = MAX_DRAINED_BYTES;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) left -= n;
    }

    /**
     * Drains a request body no handler read (a DELETE with a body, a form posted to a page that
     * only answers GET): answered with the body unread, Jetty closes the connection while the
     * client may still be sending, and the client can lose the answer. Bodies declared larger
     * than {@link #MAX_DRAINED_BYTES} are left to that.
     */
    public static void drainUnread(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
        if (length == 0 || length < 0 && !chunked || length > MAX_DRAINED_BYTES) return;
        try {
            drain(ctx.req().getInputStream());
        } catch (IOException | IllegalStateException e) {
            // Already read as text, or the client went away: nothing left to drain.
        }
    }
}
