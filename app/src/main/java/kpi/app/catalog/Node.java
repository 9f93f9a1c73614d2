package kpi.app.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kpi.app.read.Suggest;

/** A JSON node with its path in the catalog, so every error can say where it is. */
final class Node {
  private final JsonNode json;
  private final String path;
  private final Errors errors;

  Node(JsonNode json, String path, Errors errors) {
    this.json = json;
    this.path = path;
    this.errors = errors;
  }

  /** The problems found while reading one catalog. */
  static final class Errors {
    private final String source;
    private final List<CatalogException.Entry> entries = new ArrayList<>();

    Errors(String source) {
      this.source = source;
    }

    void add(String path, String message) {
      entries.add(new CatalogException.Entry(source, path, message));
    }

    List<CatalogException.Entry> entries() {
      return entries;
    }
  }

  String path() {
    return path;
  }

  boolean isObject() {
    return json.isObject();
  }

  void error(String message) {
    errors.add(path, message);
  }

  /** Reports keys this object should not have, with a hint for typos. */
  void allowOnly(Set<String> keys) {
    if (!json.isObject()) {
      return;
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!keys.contains(k) && !k.startsWith("$") && !k.startsWith("_")) {
        errors.add(child(k), "unknown key \"" + k + "\"" + Suggest.didYouMean(k, keys));
      }
    }
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A child node, empty when absent or null. */
  Optional<Node> get(String key) {
    JsonNode c = json.get(key);
    return c == null || c.isNull()
        ? Optional.empty()
        : Optional.of(new Node(c, child(key), errors));
  }

  /** A required object member; reports it when missing. */
  Optional<Node> require(String key) {
    Optional<Node> c = get(key);
    if (c.isEmpty()) {
      errors.add(child(key), "is required");
    }
    return c;
  }

  Optional<String> text(String key) {
    return get(key).flatMap(Node::asText);
  }

  Optional<String> asText() {
    if (json.isTextual()) {
      return Optional.of(json.asText());
    }
    error("must be a string");
    return Optional.empty();
  }

  Optional<Double> number(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.json.isNumber()) {
                return Optional.of(n.json.asDouble());
              }
              n.error("must be a number");
              return Optional.empty();
            });
  }

  Optional<Integer> integer(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.json.isIntegralNumber()) {
                return Optional.of(n.json.asInt());
              }
              n.error("must be a whole number");
              return Optional.empty();
            });
  }

  Optional<Boolean> bool(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.json.isBoolean()) {
                return Optional.of(n.json.asBoolean());
              }
              n.error("must be true or false");
              return Optional.empty();
            });
  }

  /** An array's items; a single value is read as a one-item list. */
  List<Node> items() {
    List<Node> out = new ArrayList<>();
    if (json.isArray()) {
      for (int i = 0; i < json.size(); i++) {
        out.add(new Node(json.get(i), path + "[" + i + "]", errors));
      }
    } else {
      out.add(this);
    }
    return out;
  }

  /** An object's members in file order. */
  List<Map.Entry<String, Node>> members() {
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    if (!json.isObject()) {
      error("must be an object");
      return out;
    }
    json.fields()
        .forEachRemaining(
            e -> out.add(Map.entry(e.getKey(), new Node(e.getValue(), child(e.getKey()), errors))));
    return out;
  }

  /** A scalar as text ({@code "K"}, {@code 16}, {@code true}). */
  Optional<String> scalarText() {
    if (json.isValueNode()) {
      return Optional.of(json.asText());
    }
    error("must be a string, number or true/false");
    return Optional.empty();
  }

  /** Any JSON value as plain Java: String, Integer/Long/Double, Boolean, List, Map. */
  Object plain() {
    return plain(json);
  }

  private static Object plain(JsonNode n) {
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isInt()) {
      return n.asInt();
    }
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(x -> l.add(plain(x)));
      return List.copyOf(l);
    }
    if (n.isObject()) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
      return java.util.Collections.unmodifiableMap(m);
    }
    return null;
  }
}
