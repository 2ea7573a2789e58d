package dev.lede.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The JSON-LD objects of a page (schema.org metadata), flattened out of arrays, {@code @graph} and each other. */
final class JsonLd {

  /** Hand-written JSON-LD often has trailing commas or comments: read it anyway. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
          "BlogPosting", "LiveBlogPosting", "ScholarlyArticle", "Report");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  static JsonLd of(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(script.data()), objects);
      } catch (JsonProcessingException e) {
        // a broken block says nothing; the page's other metadata still may
      }
    }
    return new JsonLd(objects);
  }

  /** The text of {@code field} in the first article object that has it, else in the first object that has it. */
  String field(String field) {
    String any = null;
    for (JsonNode object : objects) {
      JsonNode value = object.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        if (isArticle(object)) {
          return value.asText().strip();
        }
        if (any == null) {
          any = value.asText().strip();
        }
      }
    }
    return any;
  }

  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static void flatten(JsonNode node, List<JsonNode> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> flatten(child, into));
    } else if (node.isObject()) {
      into.add(node);
      // an article may sit inside another object (a WebPage's mainEntity) as well as in @graph
      node.forEach(child -> flatten(child, into));
    }
  }
}
