#include "limber/problem_words.h"

#include "codec.h"

namespace limber {

extern const char kEnglishMessages[];  // made by CMakeLists.txt from _locales/en/messages.json

namespace {
const json& english() {
  static const json messages = json::parse(kEnglishMessages, nullptr, false);
  return messages;
}

// "\"sitting\", \"standing\", or \"floor\"", as Intl.ListFormat joins English alternatives.
std::string orList(const json& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 < names.size() ? ", " : names.size() > 2 ? ", or " : " or ";
    out += "\"" + names[i].get<std::string>() + "\"";
  }
  return out;
}

std::vector<std::string> texts(const json& args) {
  std::vector<std::string> out;
  if (!args.is_array()) return out;
  for (const json& arg : args)
    out.push_back(arg.is_array() ? orList(arg) : arg.is_string() ? arg.get<std::string>() : arg.dump());
  return out;
}

std::string phrase(const std::string& prefix, const json& value) {
  return englishMessage(messageKey(prefix, value.value("code", "")), texts(value.value("args", json::array())));
}
}  // namespace

std::string messageKey(const std::string& prefix, std::string_view code) {
  std::string key = prefix;
  bool upper = true;
  for (char c : code) {
    if (c == '-') {
      upper = true;
    } else {
      key += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
  }
  return key;
}

std::string englishMessage(const std::string& key, const std::vector<std::string>& substitutions) {
  const auto found = english().find(key);
  if (found == english().end() || !found->is_object() || !found->contains("message")) return "[" + key + "]";
  const std::string text = (*found)["message"].get<std::string>();
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(text[++i] - '1');
      if (n < substitutions.size()) out += substitutions[n];
    } else if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '$') {
      out += text[++i];
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string describeProblem(const json& problem, const std::string& source) {
  std::vector<std::string> substitutions;
  if (problem.contains("expected")) substitutions.push_back(phrase("expected", problem["expected"]));
  if (problem.contains("found")) substitutions.push_back(phrase("found", problem["found"]));
  for (std::string& arg : texts(problem.value("args", json::array()))) substitutions.push_back(std::move(arg));
  std::string out = source.empty() ? "" : source + ": ";
  const std::string path = problem.value("path", "");
  if (!path.empty()) out += path + ": ";
  return out + englishMessage(messageKey("problem", problem.value("code", "")), substitutions);
}

std::string Problem::describe(const std::string& source) const {
  return describeProblem(toJson(Problems{*this})[0], source);
}

}  // namespace limber
