// Internal: reads fields of a JSON object with their paths, checking type and
// range, and records a Problem for each field that is wrong instead of stopping.
// Nothing here throws: the core is built without exceptions.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_text.h"
#include "limber/problem.h"
#include "limber/vocabulary.h"

namespace limber {

using nlohmann::json;

enum class Need { Required, Optional };

// What was found: "\"thirty\"", "42", an object, a list of 3 items.
Phrase<Found> describeValue(const json& value);

// The problem "expected ..., got <value>" at path.
Problem wrongValue(std::string path, Phrase<Expected> expected, const json& value);

// Lower-case words joined by single hyphens: "lower-back-2".
bool isSlug(std::string_view text, std::size_t maxLength = 64);

// A language tag as packs and requests name languages: "en", "de", "pt-br".
bool isLanguageTag(std::string_view text);

// The JSON path of an array item or an object member.
std::string itemPath(const std::string& arrayPath, std::size_t index);
std::string memberPath(const std::string& objectPath, std::string_view key);

class ObjectReader {
 public:
  // Reports a problem when value is not an object, or holds a key not in known.
  ObjectReader(const json& value, std::string path, Problems& problems, std::vector<std::string_view> known);

  bool isObject() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  Problems& problems() { return problems_; }
  std::string pathOf(std::string_view key) const { return memberPath(path_, key); }
  void report(Problem problem) { problems_.push_back(std::move(problem)); }
  void report(const std::string& path, Issue issue, std::vector<std::string> args = {}) {
    report(problemAt(path, issue, std::move(args)));
  }
  void wrong(const std::string& path, Phrase<Expected> expected, const json& found) {
    report(wrongValue(path, std::move(expected), found));
  }

  // The member, or nullptr when absent (reported as missing when required).
  const json* member(std::string_view key, Need need, const Phrase<Expected>& expected = {});

  std::string text(std::string_view key, Need need, std::size_t maxLength);
  std::vector<std::string> texts(std::string_view key, Need need, std::size_t minItems, std::size_t maxItems,
                                 std::size_t maxLength);
  // Pack text: a string, or the same text by language, {"en": "...", "de": "..."},
  // English required. Every language is checked; the one asked for is returned,
  // else its base language ("de" for "de-at"), else English.
  std::string localText(std::string_view key, Need need, std::size_t maxLength, const std::string& language);
  std::vector<std::string> localTexts(std::string_view key, Need need, std::size_t minItems, std::size_t maxItems,
                                      std::size_t maxLength, const std::string& language);
  std::string slug(std::string_view key, Need need);
  // expected names min and max as its $1 and $2, unless given as a phrase.
  std::optional<long long> wholeNumber(std::string_view key, Need need, long long min, long long max,
                                       Expected expected);
  std::optional<long long> wholeNumber(std::string_view key, Need need, long long min, long long max,
                                       const Phrase<Expected>& expected);
  std::optional<bool> flag(std::string_view key, Need need);

  template <typename E>
  std::optional<E> choice(std::string_view key, Need need) {
    const json* value = member(key, need, expectNames<E>(Expected::OneOf));
    if (value == nullptr) return std::nullopt;
    if (value->is_string()) {
      if (auto parsed = parseName<E>(value->get_ref<const std::string&>())) return parsed;
    }
    wrong(pathOf(key), expectNames<E>(Expected::OneOf), *value);
    return std::nullopt;
  }

  // A list of distinct names; duplicates and unknown names are each reported.
  template <typename E>
  std::vector<E> choices(std::string_view key, Need need, std::size_t minItems) {
    const Phrase<Expected> expected = expectNames<E>(minItems > 0 ? Expected::SomeOf : Expected::ListOf);
    std::vector<E> out;
    const json* value = member(key, need, expected);
    if (value == nullptr) return out;
    if (!value->is_array() || value->size() < minItems) {
      wrong(pathOf(key), expected, *value);
      return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      std::optional<E> parsed;
      if (item.is_string()) parsed = parseName<E>(item.get_ref<const std::string&>());
      if (!parsed) {
        wrong(itemPath(pathOf(key), i), expectNames<E>(Expected::OneOf), item);
      } else if (std::find(out.begin(), out.end(), *parsed) != out.end()) {
        report(itemPath(pathOf(key), i), Issue::ListedTwice, {std::string(nameOf(*parsed))});
      } else {
        out.push_back(*parsed);
      }
    }
    return out;
  }

 private:
  // The text in value, checked; nullopt (with a problem reported) when it is not one.
  std::optional<std::string> checkedText(const json& value, const std::string& path, std::size_t maxLength,
                                         const std::string* language);
  std::vector<std::string> textList(std::string_view key, Need need, std::size_t minItems, std::size_t maxItems,
                                    std::size_t maxLength, const std::string* language);

  const json* object_ = nullptr;
  std::string path_;
  Problems& problems_;
};

}  // namespace limber
