#include "limber/managed_policy.h"

#include <algorithm>

#include "codec.h"
#include "json_reader.h"

namespace limber {

namespace {
// The settings field a problem's path names ("workDays" for settings.workDays[2]), or "".
std::string fieldOf(const std::string& path) {
  const std::size_t start = path.find('.') + 1;
  if (start == 0) return "";
  return path.substr(start, path.find_first_of(".[", start) - start);
}

bool mentions(const Problems& problems, const std::string& field) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return fieldOf(p.path) == field; });
}

// What an organisation may preset and lock: every settings field but the
// version and the conditions. Taken from the settings' own fields, so a new
// setting is presettable without a list to keep.
std::vector<std::string> settable() {
  std::vector<std::string> out;
  const json defaults = toJson(Settings{});
  for (const auto& [key, value] : defaults.items()) {
    if (key != "version" && key != "avoid") out.push_back(key);
  }
  return out;
}
}  // namespace

PolicyRead readPolicy(std::string_view jsonText) {
  PolicyRead out;
  const json document = parseJson(jsonText);
  if (document.is_discarded()) {
    out.problems.push_back(problemAt("managed", Issue::NotJson));
    return out;
  }
  ManagedPolicy& policy = out.policy;
  ObjectReader reader(document, "managed", out.problems, {"settings", "locked", "skipWelcome", "customPacks", "packs"});
  policy.skipWelcome = reader.flag("skipWelcome", Need::Optional).value_or(false);
  policy.customPacks = reader.flag("customPacks", Need::Optional).value_or(true);
  const std::vector<std::string> fields = settable();
  policy.settings = dumpJson(toJson(Settings{}));

  if (const json* given = reader.member("settings", Need::Optional)) {
    json wanted = given->is_object() ? json::object() : *given;
    for (const auto& [key, value] : given->items()) {
      if (key == "avoid" || key == "version")
        reader.report("managed.settings." + key, key == "avoid" ? Issue::NotPresettable : Issue::UnknownField);
      else
        wanted[key] = value;
    }
    SettingsRead read = readSettingsValue(wanted);
    const json values = toJson(read.settings);
    for (const auto& [key, value] : wanted.items()) {
      if (!mentions(read.problems, key) && values.contains(key)) policy.preset.push_back(key);
    }
    policy.settings = dumpJson(values);
    for (Problem& problem : read.problems) {
      problem.path = "managed." + problem.path;
      reader.report(std::move(problem));
    }
  }

  if (const json* list = reader.member("locked", Need::Optional)) {
    std::vector<std::string_view> known(fields.begin(), fields.end());
    const Phrase<Expected> oneOf = expectNames(Expected::OneOf, known.data(), known.size());
    if (!list->is_array())
      reader.wrong("managed.locked", expectNames(Expected::ListOf, known.data(), known.size()), *list);
    for (std::size_t i = 0; list->is_array() && i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string path = itemPath("managed.locked", i);
      const std::string name = item.is_string() ? item.get<std::string>() : "";
      if (name == "avoid") {
        reader.report(path, Issue::NotPresettable);
      } else if (std::find(fields.begin(), fields.end(), name) == fields.end()) {
        reader.wrong(path, oneOf, item);
      } else if (std::find(policy.locked.begin(), policy.locked.end(), name) != policy.locked.end()) {
        reader.report(path, Issue::ListedTwice, {name});
      } else {
        policy.locked.push_back(name);
      }
    }
  }

  if (const json* list = reader.member("packs", Need::Optional)) {
    if (!list->is_array()) reader.wrong("managed.packs", expect(Expected::PackTexts), *list);
    for (std::size_t i = 0; list->is_array() && i < list->size(); ++i) {
      const json& item = (*list)[i];
      if (item.is_string())
        policy.packs.emplace_back(i, item.get<std::string>());
      else
        reader.wrong(itemPath("managed.packs", i), expect(Expected::PackText), item);
    }
  }
  return out;
}

SettingsRead applyPolicy(const ManagedPolicy& policy, std::string_view storedSettingsJson) {
  SettingsRead own = readSettings(storedSettingsJson);
  if (policy.empty()) return own;
  const json whole = parseJson(policy.settings);
  if (!whole.is_object()) return own;
  const json stored = parseJson(storedSettingsJson);
  json merged = json::object();
  // The policy's value for a field: its preset, or the default.
  const auto yield = [&](const std::string& key) {
    if (whole.contains(key)) merged[key] = whole[key];
  };
  for (const std::string& key : policy.preset) yield(key);
  const auto locked = [&](const std::string& key) {
    return std::find(policy.locked.begin(), policy.locked.end(), key) != policy.locked.end();
  };
  if (stored.is_object()) {
    for (const auto& [key, value] : stored.items()) {
      if (key == "version" || (!locked(key) && !mentions(own.problems, key))) merged[key] = value;
    }
  }
  for (const std::string& key : policy.locked) yield(key);
  SettingsRead read = readSettingsValue(merged);
  // A user's field that cannot stand beside the policy's (a work end before a
  // locked start) gives way to it.
  bool again = false;
  for (const Problem& problem : read.problems) {
    const std::string field = fieldOf(problem.path);
    if (problem.issue == Issue::NewerVersion || field.empty()) continue;
    for (const std::string& key : {field, std::string(field == "workEnd" ? "workStart" : "")}) {
      if (!key.empty() && !locked(key)) yield(key);
    }
    again = true;
  }
  if (again) read = readSettingsValue(merged);
  read.problems = std::move(own.problems);
  return read;
}

}  // namespace limber
