package io.stepwise.web.http;

import io.stepwise.input.InputError;

/** Input that cannot be used, with the field it came from and what is wrong, in words: a 400 answer. */
public class BadRequest extends InputError {

    public BadRequest(String field, String message) {
        super(field, message);
    }
}
