package kpi.app.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kpi.app.read.Suggest;

/**
 * A JSON node with its path in the catalog, so every error can say where it is.
 *
 * <p>The tree is built from jackson-core's streaming parser rather than databind's {@code
 * readTree}: setting up an {@code ObjectMapper} costs about a quarter of a second at start-up, more
 * than {@code kpi kpis} spends on everything else. Values are plain Java: {@code Map} (in file
 * order), {@code List}, {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code
 * BigInteger}, {@code Double}, and {@link #NULL} for a JSON null.
 */
final class Node {
  /** A JSON null (a member that is present but null reads as absent). */
  private static final Object NULL = new Object();

  private final Object json;
  private final String path;
  private final Errors errors;

  private Node(Object json, String path, Errors errors) {
    this.json = json;
    this.path = path;
    this.errors = errors;
  }

  /** The root of the document at the parser; empty when the input holds no JSON value. */
  static Optional<Node> root(JsonParser parser, Errors errors) throws IOException {
    JsonToken first = parser.nextToken();
    return first == null ? Optional.empty() : Optional.of(new Node(value(parser), "", errors));
  }

  /** The value at the parser's current token, read to its end. */
  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        Map<String, Object> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          members.put(name, value(p));
        }
        return Collections.unmodifiableMap(members);
      case START_ARRAY:
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p));
        }
        return Collections.unmodifiableList(items);
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      default:
        return NULL;
    }
  }

  private boolean isText() {
    return json instanceof String;
  }

  private boolean isIntegral() {
    return json instanceof Integer || json instanceof Long || json instanceof BigInteger;
  }

  private boolean isNumber() {
    return isIntegral() || json instanceof Double;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> object() {
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  private List<Object> array() {
    return (List<Object>) json;
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
    return json instanceof Map;
  }

  void error(String message) {
    errors.add(path, message);
  }

  /** Reports keys this object should not have, with a hint for typos. */
  void allowOnly(Set<String> keys) {
    if (!isObject()) {
      return;
    }
    for (String k : object().keySet()) {
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
    Object c = isObject() ? object().get(key) : null;
    return c == null || c == NULL ? Optional.empty() : Optional.of(new Node(c, child(key), errors));
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
    if (isText()) {
      return Optional.of((String) json);
    }
    error("must be a string");
    return Optional.empty();
  }

  Optional<Double> number(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.isNumber()) {
                return Optional.of(((Number) n.json).doubleValue());
              }
              n.error("must be a number");
              return Optional.empty();
            });
  }

  Optional<Integer> integer(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.isIntegral()) {
                return Optional.of(((Number) n.json).intValue());
              }
              n.error("must be a whole number");
              return Optional.empty();
            });
  }

  Optional<Boolean> bool(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n.json instanceof Boolean b) {
                return Optional.of(b);
              }
              n.error("must be true or false");
              return Optional.empty();
            });
  }

  /** An array's items; a single value is read as a one-item list. */
  List<Node> items() {
    List<Node> out = new ArrayList<>();
    if (json instanceof List) {
      List<Object> items = array();
      for (int i = 0; i < items.size(); i++) {
        out.add(new Node(items.get(i), path + "[" + i + "]", errors));
      }
    } else {
      out.add(this);
    }
    return out;
  }

  /** An object's members in file order. */
  List<Map.Entry<String, Node>> members() {
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    if (!isObject()) {
      error("must be an object");
      return out;
    }
    object().forEach((k, v) -> out.add(Map.entry(k, new Node(v, child(k), errors))));
    return out;
  }

  /** A scalar as text ({@code "K"}, {@code 16}, {@code true}); a JSON null reads "null". */
  Optional<String> scalarText() {
    if (json == NULL) {
      return Optional.of("null");
    }
    if (!(json instanceof Map) && !(json instanceof List)) {
      return Optional.of(String.valueOf(json));
    }
    error("must be a string, number or true/false");
    return Optional.empty();
  }

  /** Any JSON value as plain Java: String, Integer/Long/Double, Boolean, List, Map. */
  Object plain() {
    return plain(json);
  }

  private static Object plain(Object n) {
    if (n == NULL) {
      return null;
    }
    if (n instanceof BigInteger big) {
      return big.longValue();
    }
    if (n instanceof List<?> list) {
      List<Object> l = new ArrayList<>();
      list.forEach(x -> l.add(plain(x)));
      return Collections.unmodifiableList(l);
    }
    if (n instanceof Map<?, ?> map) {
      Map<String, Object> m = new LinkedHashMap<>();
      map.forEach((k, v) -> m.put((String) k, plain(v)));
      return Collections.unmodifiableMap(m);
    }
    return n;
  }
}
