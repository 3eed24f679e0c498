#include "json_reader.h"

#include <algorithm>

namespace limber {

namespace {
constexpr std::size_t kShownChars = 40;

std::string quoteShort(const std::string& text) {
  std::string shown = text.size() > kShownChars ? text.substr(0, kShownChars) + "..." : text;
  return dumpJson(json(shown));
}

std::size_t utf8Length(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

std::string Problem::describe(const std::string& source) const {
  std::string out = source.empty() ? std::string() : source + ": ";
  return out + path + ": " + message;
}

std::string describeValue(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case json::value_t::string:
      return quoteShort(value.get_ref<const std::string&>());
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return value.empty() ? "an empty list" : "a list of " + std::to_string(value.size()) + " items";
    case json::value_t::discarded:
      return "nothing";
    default:
      return dumpJson(value);
  }
}

bool isLanguageTag(std::string_view text) {
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const std::size_t dash = std::min(text.find('-'), text.size());
  if (dash < 2 || dash > 3 || !std::all_of(text.begin(), text.begin() + dash, lower)) return false;
  if (dash == text.size()) return true;
  const std::string_view region = text.substr(dash + 1);
  return region.size() >= 2 && region.size() <= 8 &&
         std::all_of(region.begin(), region.end(), [&](char c) { return lower(c) || (c >= '0' && c <= '9'); });
}

bool isSlug(std::string_view text, std::size_t maxLength) {
  if (text.empty() || text.size() > maxLength || text.front() == '-' || text.back() == '-') return false;
  char previous = 0;
  for (char c : text) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && !(c == '-' && previous != '-')) return false;
    previous = c;
  }
  return true;
}

std::string itemPath(const std::string& arrayPath, std::size_t index) {
  return arrayPath + "[" + std::to_string(index) + "]";
}

std::string memberPath(const std::string& objectPath, std::string_view key) {
  return objectPath.empty() ? std::string(key) : objectPath + "." + std::string(key);
}

ObjectReader::ObjectReader(const json& value, std::string path, Problems& problems, std::vector<std::string_view> known)
    : path_(std::move(path)), problems_(problems) {
  if (!value.is_object()) {
    report(path_.empty() ? "(top level)" : path_, "expected an object, got " + describeValue(value));
    return;
  }
  object_ = &value;
  for (const auto& item : value.items()) {
    if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
      report(pathOf(item.key()), "is not a field Limber knows (check the spelling)");
    }
  }
}

void ObjectReader::report(const std::string& path, std::string message) {
  problems_.push_back(Problem{path, std::move(message)});
}

const json* ObjectReader::member(std::string_view key, Need need, std::string_view expected) {
  if (object_ == nullptr) return nullptr;
  const auto found = object_->find(key);
  if (found == object_->end()) {
    if (need == Need::Required) report(pathOf(key), "missing; expected " + std::string(expected));
    return nullptr;
  }
  return &*found;
}

std::optional<std::string> ObjectReader::checkedText(const json& value, const std::string& path, std::size_t maxLength,
                                                     const std::string* language) {
  const std::string expected =
      "text of 1 to " + std::to_string(maxLength) + " characters" +
      (language != nullptr ? R"( or an object of such texts by language ("en" required))" : "");
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    const std::size_t length = utf8Length(text);
    if (length > 0 && length <= maxLength) return text;
    report(path, "expected " + expected + ", got " +
                     (length > maxLength ? std::to_string(length) + " characters" : describeValue(value)));
    return std::nullopt;
  }
  if (language == nullptr || !value.is_object()) {
    report(path, "expected " + expected + ", got " + describeValue(value));
    return std::nullopt;
  }
  bool readable = true;
  for (const auto& [tag, text] : value.items()) {
    const std::string tagPath = memberPath(path, tag);
    if (!isLanguageTag(tag)) {
      report(tagPath, R"(expected a language tag such as "en", "de" or "pt-br")");
      readable = false;
    } else if (!checkedText(text, tagPath, maxLength, nullptr)) {
      readable = false;
    }
  }
  if (!value.contains("en")) {
    report(memberPath(path, "en"), "missing; English is the text shown when a language has none");
    return std::nullopt;
  }
  if (!readable) return std::nullopt;
  const std::string base = language->substr(0, language->find('-'));
  for (const std::string& tag : {*language, base, std::string("en")}) {
    if (value.contains(tag)) return value[tag].get<std::string>();
  }
  return std::nullopt;
}

std::string ObjectReader::text(std::string_view key, Need need, std::size_t maxLength) {
  const json* value = member(key, need, "text of 1 to " + std::to_string(maxLength) + " characters");
  return value == nullptr ? std::string() : checkedText(*value, pathOf(key), maxLength, nullptr).value_or("");
}

std::string ObjectReader::localText(std::string_view key, Need need, std::size_t maxLength,
                                    const std::string& language) {
  const json* value = member(key, need, "text of 1 to " + std::to_string(maxLength) + " characters");
  return value == nullptr ? std::string() : checkedText(*value, pathOf(key), maxLength, &language).value_or("");
}

std::vector<std::string> ObjectReader::texts(std::string_view key, Need need, std::size_t minItems,
                                             std::size_t maxItems, std::size_t maxLength) {
  return textList(key, need, minItems, maxItems, maxLength, nullptr);
}

std::vector<std::string> ObjectReader::localTexts(std::string_view key, Need need, std::size_t minItems,
                                                  std::size_t maxItems, std::size_t maxLength,
                                                  const std::string& language) {
  return textList(key, need, minItems, maxItems, maxLength, &language);
}

std::vector<std::string> ObjectReader::textList(std::string_view key, Need need, std::size_t minItems,
                                                std::size_t maxItems, std::size_t maxLength,
                                                const std::string* language) {
  const std::string expected = "a list of " + std::to_string(minItems) + " to " + std::to_string(maxItems) + " texts";
  std::vector<std::string> out;
  const json* value = member(key, need, expected);
  if (value == nullptr) return out;
  if (!value->is_array() || value->size() < minItems || value->size() > maxItems) {
    report(pathOf(key), "expected " + expected + ", got " + describeValue(*value));
    return out;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    if (auto text = checkedText((*value)[i], itemPath(pathOf(key), i), maxLength, language)) {
      out.push_back(std::move(*text));
    }
  }
  return out;
}

std::string ObjectReader::slug(std::string_view key, Need need) {
  const std::string expected = "an id of lower-case letters, digits and single hyphens (at most 64)";
  const json* value = member(key, need, expected);
  if (value == nullptr) return {};
  if (value->is_string() && isSlug(value->get_ref<const std::string&>())) return value->get<std::string>();
  report(pathOf(key), "expected " + expected + ", got " + describeValue(*value));
  return {};
}

std::optional<long long> ObjectReader::wholeNumber(std::string_view key, Need need, long long min, long long max,
                                                   std::string_view expected) {
  const json* value = member(key, need, expected);
  if (value == nullptr) return std::nullopt;
  if (value->is_number_integer()) {
    const long long number = value->is_number_unsigned()
                                 ? static_cast<long long>(std::min<std::uint64_t>(value->get<std::uint64_t>(),
                                                                                  static_cast<std::uint64_t>(max) + 1))
                                 : value->get<long long>();
    if (number >= min && number <= max) return number;
  }
  report(pathOf(key), "expected " + std::string(expected) + ", got " + describeValue(*value));
  return std::nullopt;
}

std::optional<bool> ObjectReader::flag(std::string_view key, Need need) {
  const json* value = member(key, need, "true or false");
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  report(pathOf(key), "expected true or false, got " + describeValue(*value));
  return std::nullopt;
}

}  // namespace limber
