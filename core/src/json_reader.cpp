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

Phrase<Found> describeValue(const json& value) {
  switch (value.type()) {
    case json::value_t::string:
      return {Found::Value, {quoteShort(value.get_ref<const std::string&>())}};
    case json::value_t::object:
      return {Found::Object, {}};
    case json::value_t::array:
      if (value.size() < 2) return {value.empty() ? Found::EmptyList : Found::OneItem, {}};
      return {Found::Items, {std::to_string(value.size())}};
    case json::value_t::discarded:
      return {};
    default:  // null, true, false and numbers read the same in every language
      return {Found::Value, {dumpJson(value)}};
  }
}

Problem problemAt(std::string path, Issue issue, std::vector<std::string> args) {
  return {std::move(path), issue, {}, {}, std::move(args)};
}

Phrase<Expected> expect(Expected code) { return {code, {}}; }

Phrase<Found> sizeFound(Found code, std::size_t bytes, std::size_t unit) {
  const std::size_t tenths = (bytes * 10 + unit - 1) / unit;
  const std::string whole = std::to_string(tenths / 10);
  return {code, {tenths % 10 == 0 ? whole : whole + "." + std::to_string(tenths % 10)}};
}
Phrase<Expected> expect(Expected code, long long value) { return {code, {std::to_string(value)}}; }
Phrase<Expected> expect(Expected code, long long least, long long most) {
  return {code, {std::to_string(least), std::to_string(most)}};
}
Phrase<Expected> expect(Expected code, std::string text) { return {code, {std::move(text)}}; }
Phrase<Expected> expect(Expected code, std::string least, std::string most) {
  return {code, {std::move(least), std::move(most)}};
}

Phrase<Expected> expectNames(Expected code, const std::string_view* names, std::size_t count) {
  return {code, std::vector<std::string>(names, names + count)};
}

Problem wrongValue(std::string path, Phrase<Expected> expected, const json& value) {
  return {std::move(path), Issue::Wrong, std::move(expected), describeValue(value), {}};
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
    wrong(path_, expect(Expected::Object), value);
    return;
  }
  object_ = &value;
  for (const auto& item : value.items()) {
    if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
      report(pathOf(item.key()), Issue::UnknownField);
    }
  }
}

const json* ObjectReader::member(std::string_view key, Need need, const Phrase<Expected>& expected) {
  if (object_ == nullptr) return nullptr;
  const auto found = object_->find(key);
  if (found == object_->end()) {
    if (need == Need::Required) report({pathOf(key), Issue::Missing, expected, {}, {}});
    return nullptr;
  }
  return &*found;
}

std::optional<std::string> ObjectReader::checkedText(const json& value, const std::string& path, std::size_t maxLength,
                                                     const std::string* language) {
  const Phrase<Expected> expected = expect(language != nullptr ? Expected::LocalText : Expected::Text, maxLength);
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    const std::size_t length = utf8Length(text);
    if (length > 0 && length <= maxLength) return text;
    if (length > maxLength) {
      report({path, Issue::Wrong, expected, {Found::Characters, {std::to_string(length)}}, {}});
    } else {
      wrong(path, expected, value);
    }
    return std::nullopt;
  }
  if (language == nullptr || !value.is_object()) {
    wrong(path, expected, value);
    return std::nullopt;
  }
  bool readable = true;
  for (const auto& [tag, text] : value.items()) {
    const std::string tagPath = memberPath(path, tag);
    if (!isLanguageTag(tag)) {
      wrong(tagPath, expect(Expected::LanguageTag), json(tag));
      readable = false;
    } else if (!checkedText(text, tagPath, maxLength, nullptr)) {
      readable = false;
    }
  }
  if (!value.contains("en")) {
    report({memberPath(path, "en"), Issue::Missing, expect(Expected::EnglishText), {}, {}});
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
  const json* value = member(key, need, expect(Expected::Text, maxLength));
  return value == nullptr ? std::string() : checkedText(*value, pathOf(key), maxLength, nullptr).value_or("");
}

std::string ObjectReader::localText(std::string_view key, Need need, std::size_t maxLength,
                                    const std::string& language) {
  const json* value = member(key, need, expect(Expected::LocalText, maxLength));
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
  const Phrase<Expected> expected = expect(Expected::Texts, minItems, maxItems);
  std::vector<std::string> out;
  const json* value = member(key, need, expected);
  if (value == nullptr) return out;
  if (!value->is_array() || value->size() < minItems || value->size() > maxItems) {
    wrong(pathOf(key), expected, *value);
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
  const json* value = member(key, need, expect(Expected::Id));
  if (value == nullptr) return {};
  if (value->is_string() && isSlug(value->get_ref<const std::string&>())) return value->get<std::string>();
  wrong(pathOf(key), expect(Expected::Id), *value);
  return {};
}

std::optional<long long> ObjectReader::wholeNumber(std::string_view key, Need need, long long min, long long max,
                                                   Expected expected) {
  return wholeNumber(key, need, min, max, expect(expected, min, max));
}

std::optional<long long> ObjectReader::wholeNumber(std::string_view key, Need need, long long min, long long max,
                                                   const Phrase<Expected>& expected) {
  const json* value = member(key, need, expected);
  if (value == nullptr) return std::nullopt;
  if (value->is_number_integer()) {
    const long long number = value->is_number_unsigned()
                                 ? static_cast<long long>(std::min<std::uint64_t>(value->get<std::uint64_t>(),
                                                                                  static_cast<std::uint64_t>(max) + 1))
                                 : value->get<long long>();
    if (number >= min && number <= max) return number;
  }
  wrong(pathOf(key), expected, *value);
  return std::nullopt;
}

std::optional<bool> ObjectReader::flag(std::string_view key, Need need) {
  const json* value = member(key, need, expect(Expected::Flag));
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  wrong(pathOf(key), expect(Expected::Flag), *value);
  return std::nullopt;
}

}  // namespace limber
