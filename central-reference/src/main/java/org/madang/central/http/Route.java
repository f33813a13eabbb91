package org.madang.central.http;

import io.javalin.http.HandlerType;

/** One endpoint: method and path (OpenAPI style, {@code {param}}). */
public record Route(HandlerType method, String path) {
}
