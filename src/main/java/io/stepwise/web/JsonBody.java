package io.stepwise.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a JSON request body: at most 1 MB, JSON content type, strict syntax, no duplicate keys. */
final class JsonBody {
    static final int MAX_BYTES = 1_000_000;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(400).maxStringLength(MAX_BYTES).build());
    }

    private JsonBody() {}

    static JsonNode read(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest("", "Send the body as JSON with the header Content-Type: application/json.");
        }
        if (ctx.contentLength() > MAX_BYTES) throw tooLarge();
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequest("", "The request body could not be read.");
        }
        if (bytes.length > MAX_BYTES) throw tooLarge();
        if (bytes.length == 0) throw new BadRequest("", "The request body is empty; send a JSON object.");
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) throw new BadRequest("", "The request body must be a JSON object.");
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest("", "The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw new BadRequest("", "The request body could not be read.");
        }
    }

    /** Writes a JSON response; numbers keep full double precision. */
    static void send(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadRequest tooLarge() {
        return new BadRequest("", "The request body is larger than the limit of 1 MB.");
    }
}
